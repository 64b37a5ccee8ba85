package com.example.pricing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class PriceBands {

  public static List<Integer> bandUpperBounds(List<Integer> prices, int[] percentiles) {
    if (prices.isEmpty()) {
      throw new IllegalArgumentException("no prices");
    }
    List<Integer> bounds = new ArrayList<>();
    for (int p : percentiles) {
      if (p < 0 || p > 100) {
        throw new IllegalArgumentException("percentile out of range: " + p);
      }
      List<Integer> sorted = new ArrayList<>(prices);
      Collections.sort(sorted);
      int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
      bounds.add(sorted.get(Math.max(0, index)));
    }
    return bounds;
  }
}
