package com.example.finance;

import java.util.function.Supplier;

public final class AmountFormatterWorkload {
  public static Supplier<Object> workload() {
    long[] cents = new long[800];
    for (int i = 0; i < cents.length; i++) {
      cents[i] = (i * 7919L) % 100_000_000L - 5_000_000L;
    }
    return () -> AmountFormatter.formatAll(cents);
  }
}
