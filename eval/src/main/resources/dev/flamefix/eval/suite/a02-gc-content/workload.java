package com.example.genomics;

import java.util.function.Supplier;

public final class GcContentWorkload {
  public static Supplier<Object> workload() {
    char[] bases = {'A', 'C', 'G', 'T'};
    StringBuilder dna = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      dna.append(bases[(i * 7 + i / 3) % 4]);
    }
    int[][] ranges = new int[300][];
    for (int r = 0; r < ranges.length; r++) {
      int from = (r * 53) % 5000;
      ranges[r] = new int[] {from, from + 10_000};
    }
    String s = dna.toString();
    return () -> GcContent.gcCounts(s, ranges);
  }
}
