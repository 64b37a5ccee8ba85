package com.example.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ShipmentMatcherWorkload {
  public static Supplier<Object> workload() {
    List<ShipmentMatcher.Order> orders = new ArrayList<>();
    List<ShipmentMatcher.Shipment> shipments = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      orders.add(new ShipmentMatcher.Order("ORD" + i, "cust" + (i % 97)));
      shipments.add(new ShipmentMatcher.Shipment("ORD" + ((i * 7) % 1200), "TRK" + i));
    }
    return () -> ShipmentMatcher.matchShipments(orders, shipments);
  }
}
