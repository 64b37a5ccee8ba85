package dev.flamefix.bench.seed;

import java.util.List;

final class StreamBoxingSeeds {
  private StreamBoxingSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
