package com.example.sales;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class CustomerTotals {

  public record Order(String customer, long cents) {}

  public static Map<String, Long> totalsByCustomer(List<Order> orders) {
    Map<String, Long> totals = new HashMap<>();
    for (Order o : orders) {
      totals.merge(o.customer(), o.cents(), Long::sum);
    }
    return totals;
  }
}
