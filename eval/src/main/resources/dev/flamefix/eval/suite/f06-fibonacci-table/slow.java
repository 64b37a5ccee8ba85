package com.example.math;

public class Fibonacci {

  public static long fib(int n) {
    if (n < 0 || n > 92) {
      throw new IllegalArgumentException("n must be in 0..92");
    }
    long a = 0;
    long b = 1;
    for (int i = 0; i < n; i++) {
      long next = a + b;
      a = b;
      b = next;
    }
    return a;
  }

  public static long[] firstN(int count) {
    if (count < 0 || count > 93) {
      throw new IllegalArgumentException("count must be in 0..93");
    }
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = i < 2 ? i : out[i - 1] + out[i - 2];
    }
    return out;
  }
}
