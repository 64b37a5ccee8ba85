package com.example.metrics;

public class CounterTotals {

  /** {sum, max} of the counters; {0, 0} for none. */
  public static long[] sumAndMax(int[] counters) {
    long sum = 0;
    long max = counters.length == 0 ? 0 : Long.MIN_VALUE;
    for (int c : counters) {
      sum += c;
      if (c > max) {
        max = c;
      }
    }
    return new long[] {sum, max};
  }
}
