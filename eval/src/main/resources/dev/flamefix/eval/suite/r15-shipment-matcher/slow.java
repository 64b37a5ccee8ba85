package com.example.orders;

import java.util.ArrayList;
import java.util.List;

public class ShipmentMatcher {

  public record Order(String orderId, String customer) {}

  public record Shipment(String orderId, String trackingNo) {}

  public static List<String> matchShipments(List<Order> orders, List<Shipment> shipments) {
    List<String> lines = new ArrayList<>();
    for (Order o : orders) {
      for (Shipment s : shipments) {
        if (s.orderId().equals(o.orderId())) {
          lines.add(o.customer() + ":" + s.trackingNo());
        }
      }
    }
    return lines;
  }
}
