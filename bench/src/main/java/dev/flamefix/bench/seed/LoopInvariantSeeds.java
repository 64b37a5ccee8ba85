package dev.flamefix.bench.seed;

import java.util.List;

final class LoopInvariantSeeds {
  private LoopInvariantSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
