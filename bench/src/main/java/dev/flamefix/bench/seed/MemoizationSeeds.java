package dev.flamefix.bench.seed;

import java.util.List;

final class MemoizationSeeds {
  private MemoizationSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
