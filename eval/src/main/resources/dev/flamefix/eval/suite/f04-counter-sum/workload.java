package com.example.metrics;

import java.util.function.Supplier;

public final class CounterTotalsWorkload {
  public static Supplier<Object> workload() {
    int[] counters = new int[200_000];
    for (int i = 0; i < counters.length; i++) {
      counters[i] = (i * 7919) % 100_000;
    }
    return () -> CounterTotals.sumAndMax(counters);
  }
}
