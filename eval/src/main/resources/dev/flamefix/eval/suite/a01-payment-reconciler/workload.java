package com.example.payments;

import java.util.function.Supplier;

public final class ReconcilerWorkload {
  public static Supplier<Object> workload() {
    long[] amounts = new long[2000];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = 1000 + i * 2L;
    }
    amounts[amounts.length - 1] = 77;
    return () -> Reconciler.findPair(amounts, 1077);
  }
}
