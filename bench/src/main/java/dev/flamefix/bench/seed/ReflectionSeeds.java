package dev.flamefix.bench.seed;

import java.util.List;

final class ReflectionSeeds {
  private ReflectionSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
