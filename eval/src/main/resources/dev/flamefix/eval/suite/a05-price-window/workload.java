package com.example.trading;

import java.util.function.Supplier;

public final class PriceWindowWorkload {
  public static Supplier<Object> workload() {
    int[] daily = new int[20_000];
    for (int i = 0; i < daily.length; i++) {
      daily[i] = (i * 7919) % 2001 - 1000;
    }
    return () -> PriceWindow.maxWindowSum(daily, 365);
  }
}
