package com.example.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class StockLedgerWorkload {
  public static Supplier<Object> workload() {
    List<StockLedger.Movement> moves = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      moves.add(new StockLedger.Movement("SKU" + (i % 300), (i % 3 == 0 ? -1 : 1) * (1 + i % 2000)));
    }
    return () -> StockLedger.totals(moves);
  }
}
