package com.example.weather;

import java.util.function.Supplier;

public final class WarmerDaysWorkload {
  public static Supplier<Object> workload() {
    // A slow decline with small noise: most days wait a long time for a warmer one.
    int[] temps = new int[3000];
    for (int i = 0; i < temps.length; i++) {
      temps[i] = 40_000 - i * 10 + (i * 7919) % 7;
    }
    return () -> WarmerDays.daysUntilWarmer(temps);
  }
}
