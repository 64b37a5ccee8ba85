package com.example.energy;

import java.util.function.Supplier;

public final class MeterReadingsWorkload {
  public static Supplier<Object> workload() {
    int[] readings = new int[100_000];
    for (int i = 0; i < readings.length; i++) {
      readings[i] = (i * 7919) % 2000 - 300;
    }
    return () -> MeterReadings.totalPositive(readings);
  }
}
