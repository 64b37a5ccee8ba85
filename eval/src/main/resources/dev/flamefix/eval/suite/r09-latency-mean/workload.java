package com.example.metrics;

import java.util.function.Supplier;

public final class LatencyStatsWorkload {
  public static Supplier<Object> workload() {
    int[] samples = new int[60_000];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = 200 + (i * 7919) % 30_000;
    }
    return () -> LatencyStats.meanMillis(samples);
  }
}
