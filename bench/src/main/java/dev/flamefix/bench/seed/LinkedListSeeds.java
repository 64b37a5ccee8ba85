package dev.flamefix.bench.seed;

import java.util.List;

final class LinkedListSeeds {
  private LinkedListSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
