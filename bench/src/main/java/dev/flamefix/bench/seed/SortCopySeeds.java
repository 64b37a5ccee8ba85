package dev.flamefix.bench.seed;

import java.util.List;

final class SortCopySeeds {
  private SortCopySeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
