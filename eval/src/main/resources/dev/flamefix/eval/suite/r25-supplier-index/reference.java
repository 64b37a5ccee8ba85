package com.example.procurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class SupplierIndex {

  public record Item(String sku, String supplier) {}

  public static Map<String, List<String>> groupBySupplier(List<Item> items) {
    Map<String, List<String>> bySupplier = new TreeMap<>();
    for (Item item : items) {
      bySupplier.computeIfAbsent(item.supplier(), k -> new ArrayList<>()).add(item.sku());
    }
    return bySupplier;
  }
}
