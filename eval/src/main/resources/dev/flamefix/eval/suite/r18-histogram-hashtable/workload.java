package com.example.telemetry;

import java.util.function.Supplier;

public final class HistogramBuilderWorkload {
  public static Supplier<Object> workload() {
    double[] values = new double[50_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = ((i * 7919) % 10_000) / 10.0;
    }
    return () -> HistogramBuilder.bucketCounts(values, 25.0);
  }
}
