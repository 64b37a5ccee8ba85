package com.example.inventory;

import java.util.List;

public class StockLedger {

  public record Movement(String sku, int quantity) {}

  public record Totals(long received, long shipped, int movements) {}

  public static Totals totals(List<Movement> moves) {
    long received = 0L;
    long shipped = 0L;
    for (Movement m : moves) {
      int q = m.quantity();
      if (q >= 0) {
        received += q;
      } else {
        shipped -= q;
      }
    }
    return new Totals(received, shipped, moves.size());
  }
}
