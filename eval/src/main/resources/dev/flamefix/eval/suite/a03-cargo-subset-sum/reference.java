package com.example.logistics;

public class CargoPlanner {

  /** Whether some subset of the crate weights sums to exactly {@code capacity}. */
  public static boolean canLoadExactly(int[] weights, int capacity) {
    for (int w : weights) {
      if (w <= 0) {
        throw new IllegalArgumentException("weights must be positive");
      }
    }
    if (capacity == 0) {
      return true;
    }
    if (capacity < 0) {
      return false;
    }
    boolean[] reachable = new boolean[capacity + 1];
    reachable[0] = true;
    for (int w : weights) {
      for (int load = capacity; load >= w; load--) {
        if (reachable[load - w]) {
          reachable[load] = true;
        }
      }
      if (reachable[capacity]) {
        return true;
      }
    }
    return false;
  }
}
