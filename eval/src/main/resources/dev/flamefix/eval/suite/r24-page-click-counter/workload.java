package com.example.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ClickCounterWorkload {
  public static Supplier<Object> workload() {
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      pages.add("/product/" + ((i * 7919) % 5000));
    }
    return () -> ClickCounter.countByPage(pages);
  }
}
