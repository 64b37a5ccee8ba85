package com.example.logistics;

public class CargoPlanner {

  /** Whether some subset of the crate weights sums to exactly {@code capacity}. */
  public static boolean canLoadExactly(int[] weights, int capacity) {
    for (int w : weights) {
      if (w <= 0) {
        throw new IllegalArgumentException("weights must be positive");
      }
    }
    return tryFrom(weights, 0, capacity);
  }

  private static boolean tryFrom(int[] weights, int index, int remaining) {
    if (remaining == 0) {
      return true;
    }
    if (index == weights.length || remaining < 0) {
      return false;
    }
    return tryFrom(weights, index + 1, remaining - weights[index])
        || tryFrom(weights, index + 1, remaining);
  }
}
