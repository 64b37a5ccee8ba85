package com.example.matching;

import java.util.function.Supplier;

public final class AgeMatcherWorkload {
  public static Supplier<Object> workload() {
    int[] ages = new int[1200];
    for (int i = 0; i < ages.length; i++) {
      ages[i] = 18 + (i * 7919) % 60;
    }
    return () -> AgeMatcher.countPairsWithinGap(ages, 3);
  }
}
