package com.example.warehouse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

public final class SkuLookupWorkload {
  public static Supplier<Object> workload() {
    Set<String> known = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      known.add("SKU" + i * 3);
    }
    List<String> skus = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      skus.add("SKU" + i * 2);
    }
    return () -> SkuLookup.countKnown(skus, known);
  }
}
