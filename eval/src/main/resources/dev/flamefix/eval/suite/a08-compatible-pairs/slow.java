package com.example.matching;

public class AgeMatcher {

  public static long countPairsWithinGap(int[] ages, int maxGap) {
    if (maxGap < 0) {
      throw new IllegalArgumentException("gap must not be negative");
    }
    long pairs = 0;
    for (int i = 0; i < ages.length; i++) {
      for (int j = i + 1; j < ages.length; j++) {
        if (Math.abs((long) ages[i] - ages[j]) <= maxGap) {
          pairs++;
        }
      }
    }
    return pairs;
  }
}
