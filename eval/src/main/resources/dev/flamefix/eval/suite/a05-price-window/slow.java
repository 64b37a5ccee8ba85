package com.example.trading;

public class PriceWindow {

  public static long maxWindowSum(int[] daily, int k) {
    if (k <= 0 || k > daily.length) {
      throw new IllegalArgumentException("window " + k + " does not fit " + daily.length + " days");
    }
    long best = Long.MIN_VALUE;
    for (int start = 0; start + k <= daily.length; start++) {
      long sum = 0;
      for (int i = start; i < start + k; i++) {
        sum += daily[i];
      }
      best = Math.max(best, sum);
    }
    return best;
  }
}
