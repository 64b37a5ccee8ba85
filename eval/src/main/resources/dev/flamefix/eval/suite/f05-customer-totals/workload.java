package com.example.sales;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class CustomerTotalsWorkload {
  public static Supplier<Object> workload() {
    List<CustomerTotals.Order> orders = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      orders.add(new CustomerTotals.Order("c" + (i * 31) % 2000, 100 + i % 5000));
    }
    return () -> CustomerTotals.totalsByCustomer(orders);
  }
}
