package dev.flamefix.bench.seed;

import java.util.List;

final class BoxedAccumulationSeeds {
  private BoxedAccumulationSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
