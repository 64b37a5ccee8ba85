package io.arena.guilds;

import java.util.function.Supplier;

public final class AllianceGraphWorkload {
  public static Supplier<Object> workload() {
    int guilds = 3_000;
    int[][] alliances = new int[2_800][];
    for (int i = 0; i < alliances.length; i++) {
      // Chains inside five blocks of 600 guilds: a few large alliances, like a season's end.
      int block = (i % 5) * 600;
      int a = block + (i * 7) % 600;
      int b = block + (i * 7 + 3) % 600;
      alliances[i] = new int[] {a, b};
    }
    int[][] queries = new int[400][];
    for (int q = 0; q < queries.length; q++) {
      queries[q] = new int[] {(q * 37) % guilds, (q * 101 + 17) % guilds};
    }
    return () -> AllianceGraph.allied(guilds, alliances, queries);
  }
}
