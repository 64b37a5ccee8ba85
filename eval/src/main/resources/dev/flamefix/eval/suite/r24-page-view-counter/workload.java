package com.example.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class PageViewCounterWorkload {
  public static Supplier<Object> workload() {
    String[] countries = {"DE", "FR", "PL", "PT", "SE", "IE", "NL"};
    List<PageViewCounter.View> views = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      views.add(new PageViewCounter.View("/catalog/category/product/" + ((i * 7919) % 3000),
          countries[i % countries.length], "Mozilla/5.0"));
    }
    return () -> PageViewCounter.countViews(views);
  }
}
