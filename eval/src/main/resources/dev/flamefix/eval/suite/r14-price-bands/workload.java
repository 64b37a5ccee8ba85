package com.example.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class PriceBandsWorkload {
  public static Supplier<Object> workload() {
    List<Integer> prices = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      prices.add((i * 7919) % 50_000);
    }
    int[] percentiles = new int[20];
    for (int i = 0; i < percentiles.length; i++) {
      percentiles[i] = 5 * (i + 1);
    }
    return () -> PriceBands.bandUpperBounds(prices, percentiles);
  }
}
