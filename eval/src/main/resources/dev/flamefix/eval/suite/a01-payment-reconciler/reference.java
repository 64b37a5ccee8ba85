package com.example.payments;

import java.util.HashMap;
import java.util.Map;

public class Reconciler {

  /**
   * Indices {i, j}, i < j, with amounts[i] + amounts[j] == target; the pair with the smallest j,
   * and for that j the smallest i. Empty when there is none.
   */
  public static int[] findPair(long[] amounts, long target) {
    Map<Long, Integer> firstIndex = new HashMap<>();
    for (int j = 0; j < amounts.length; j++) {
      Integer i = firstIndex.get(target - amounts[j]);
      if (i != null) {
        return new int[] {i, j};
      }
      firstIndex.putIfAbsent(amounts[j], j);
    }
    return new int[0];
  }
}
