package com.example.warehouse;

import java.util.List;
import java.util.Set;

public class SkuLookup {

  public static int countKnown(List<String> skus, Set<String> known) {
    int count = 0;
    for (String sku : skus) {
      if (known.contains(sku)) {
        count++;
      }
    }
    return count;
  }
}
