package dev.flamefix.bench.seed;

import java.util.List;

final class UnbufferedIoSeeds {
  private UnbufferedIoSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
