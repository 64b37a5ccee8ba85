package dev.flamefix.bench.seed;

import java.util.List;

final class LinearSearchSeeds {
  private LinearSearchSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
