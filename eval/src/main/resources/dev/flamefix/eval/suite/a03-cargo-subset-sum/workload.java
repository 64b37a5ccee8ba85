package com.example.logistics;

import java.util.function.Supplier;

public final class CargoPlannerWorkload {
  public static Supplier<Object> workload() {
    int[] weights = new int[18];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 2 * (i + 3);
    }
    return () -> CargoPlanner.canLoadExactly(weights, 301);
  }
}
