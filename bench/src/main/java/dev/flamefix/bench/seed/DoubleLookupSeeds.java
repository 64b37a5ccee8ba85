package dev.flamefix.bench.seed;

import java.util.List;

final class DoubleLookupSeeds {
  private DoubleLookupSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
