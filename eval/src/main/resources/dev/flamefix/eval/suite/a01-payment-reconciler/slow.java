package com.example.payments;

public class Reconciler {

  /**
   * Indices {i, j}, i < j, with amounts[i] + amounts[j] == target; the pair with the smallest j,
   * and for that j the smallest i. Empty when there is none.
   */
  public static int[] findPair(long[] amounts, long target) {
    for (int j = 1; j < amounts.length; j++) {
      for (int i = 0; i < j; i++) {
        if (amounts[i] + amounts[j] == target) {
          return new int[] {i, j};
        }
      }
    }
    return new int[0];
  }
}
