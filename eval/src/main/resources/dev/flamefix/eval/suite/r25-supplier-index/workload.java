package com.example.procurement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class SupplierIndexWorkload {
  public static Supplier<Object> workload() {
    List<SupplierIndex.Item> items = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      items.add(new SupplierIndex.Item("SKU-" + i, "supplier-" + ((i * 31) % 800)));
    }
    return () -> SupplierIndex.groupBySupplier(items);
  }
}
