package com.example.school;

import java.util.function.Supplier;

public final class PercentilesWorkload {
  public static Supplier<Object> workload() {
    int[] scores = new int[2000];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = (i * 7919) % 1001;
    }
    return () -> Percentiles.countBelow(scores);
  }
}
