package com.example.monitoring;

import java.util.function.Supplier;

public final class CpuPeaksWorkload {
  public static Supplier<Object> workload() {
    int[] load = new int[20_000];
    for (int i = 0; i < load.length; i++) {
      load[i] = (i * 7919) % 101;
    }
    return () -> CpuPeaks.windowMaxima(load, 120);
  }
}
