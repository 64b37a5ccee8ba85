package com.example.trading;

public class PriceWindow {

  public static long maxWindowSum(int[] daily, int k) {
    if (k <= 0 || k > daily.length) {
      throw new IllegalArgumentException("window " + k + " does not fit " + daily.length + " days");
    }
    long sum = 0;
    for (int i = 0; i < k; i++) {
      sum += daily[i];
    }
    long best = sum;
    for (int i = k; i < daily.length; i++) {
      sum += (long) daily[i] - daily[i - k];
      best = Math.max(best, sum);
    }
    return best;
  }
}
