package com.example.sensors;

import java.util.function.Supplier;

public final class SmoothingFilterWorkload {
  public static Supplier<Object> workload() {
    int[] samples = new int[3000];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (i * 37) % 1000 - 500;
    }
    return () -> SmoothingFilter.movingAverage(samples, 16);
  }
}
