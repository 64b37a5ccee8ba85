package dev.flamefix.bench.seed;

import java.util.List;

final class SynchronizedLegacySeeds {
  private SynchronizedLegacySeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
