package com.example.postal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class TariffBookWorkload {
  public static Supplier<Object> workload() {
    List<int[]> bands = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      bands.add(new int[] {i * 500, 300 + i * 90});
    }
    TariffBook book = new TariffBook(bands);
    int[] parcels = new int[5000];
    for (int i = 0; i < parcels.length; i++) {
      parcels[i] = 1 + (i * 7919) % 20_000;
    }
    return () -> book.priceAll(parcels);
  }
}
