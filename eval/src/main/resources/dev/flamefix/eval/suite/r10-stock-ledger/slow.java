package com.example.inventory;

import java.util.List;

public class StockLedger {

  public record Movement(String sku, int quantity) {}

  public record Totals(long received, long shipped, int movements) {}

  public static Totals totals(List<Movement> moves) {
    Long received = 0L;
    Long shipped = 0L;
    Integer movements = 0;
    for (Movement m : moves) {
      if (m.quantity() >= 0) {
        received = received + m.quantity();
      } else {
        shipped = shipped - m.quantity();
      }
      movements++;
    }
    return new Totals(received, shipped, movements);
  }
}
