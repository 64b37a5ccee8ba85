package dev.flamefix.bench.seed;

import java.util.List;

final class ExceptionFlowSeeds {
  private ExceptionFlowSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
