package dev.flamefix.bench.seed;

import java.util.List;

final class RegexSeeds {
  private RegexSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
