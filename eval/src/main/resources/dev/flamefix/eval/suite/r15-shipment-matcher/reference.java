package com.example.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ShipmentMatcher {

  public record Order(String orderId, String customer) {}

  public record Shipment(String orderId, String trackingNo) {}

  public static List<String> matchShipments(List<Order> orders, List<Shipment> shipments) {
    Map<String, List<Shipment>> byOrder = new HashMap<>();
    for (Shipment s : shipments) {
      byOrder.computeIfAbsent(s.orderId(), k -> new ArrayList<>()).add(s);
    }
    List<String> lines = new ArrayList<>();
    for (Order o : orders) {
      List<Shipment> matches = byOrder.get(o.orderId());
      if (matches != null) {
        for (Shipment s : matches) {
          lines.add(o.customer() + ":" + s.trackingNo());
        }
      }
    }
    return lines;
  }
}
