package com.example.matching;

import java.util.Arrays;

public class AgeMatcher {

  public static long countPairsWithinGap(int[] ages, int maxGap) {
    if (maxGap < 0) {
      throw new IllegalArgumentException("gap must not be negative");
    }
    int[] sorted = ages.clone();
    Arrays.sort(sorted);
    long pairs = 0;
    int lo = 0;
    for (int hi = 0; hi < sorted.length; hi++) {
      while ((long) sorted[hi] - sorted[lo] > maxGap) {
        lo++;
      }
      pairs += hi - lo;
    }
    return pairs;
  }
}
