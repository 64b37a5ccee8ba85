package dev.flamefix.bench.seed;

import java.util.List;

final class FormatterSeeds {
  private FormatterSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of();
  }
}
