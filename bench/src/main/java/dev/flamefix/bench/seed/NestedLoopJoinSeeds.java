package dev.flamefix.bench.seed;

import java.util.List;

final class NestedLoopJoinSeeds {
  private NestedLoopJoinSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
