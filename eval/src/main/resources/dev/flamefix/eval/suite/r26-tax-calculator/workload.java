package com.example.billing;

import java.util.function.Supplier;

public final class TaxCalculatorWorkload {
  public static Supplier<Object> workload() {
    long[] net = new long[20_000];
    for (int i = 0; i < net.length; i++) {
      net[i] = 100 + (i * 7919L) % 500_000;
    }
    return () -> TaxCalculator.withTax(net, "  de ");
  }
}
