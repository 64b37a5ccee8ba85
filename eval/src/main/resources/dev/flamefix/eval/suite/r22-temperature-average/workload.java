package com.example.weather;

import java.util.function.Supplier;

public final class TemperatureStatsWorkload {
  public static Supplier<Object> workload() {
    double[] temps = new double[100_000];
    for (int i = 0; i < temps.length; i++) {
      temps[i] = ((i * 7919) % 600) / 10.0 - 20.0;
    }
    return () -> TemperatureStats.averageAbove(temps, 15.0);
  }
}
