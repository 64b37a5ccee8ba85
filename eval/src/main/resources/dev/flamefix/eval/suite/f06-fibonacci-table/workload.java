package com.example.math;

import java.util.function.Supplier;

public final class FibonacciWorkload {
  public static Supplier<Object> workload() {
    return () -> {
      long acc = 0;
      for (int rep = 0; rep < 40; rep++) {
        for (int n = 0; n <= 92; n++) {
          acc += Fibonacci.fib(n);
        }
        acc += Fibonacci.firstN(93)[rep];
      }
      return acc;
    };
  }
}
