package com.example.sql;

import java.util.function.Supplier;

public final class InClauseBuilderWorkload {
  public static Supplier<Object> workload() {
    long[] ids = new long[3000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = 7_000_000L + i * 13L;
    }
    return () -> InClauseBuilder.inClause("customer_id", ids);
  }
}
