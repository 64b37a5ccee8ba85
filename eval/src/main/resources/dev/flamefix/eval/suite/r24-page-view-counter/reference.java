package com.example.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class PageViewCounter {

  public record View(String page, String country, String userAgent) {}

  public record Key(String page, String country) {}

  public static Map<Key, Integer> countViews(List<View> views) {
    Map<Key, Integer> counts = new HashMap<>();
    for (View v : views) {
      counts.merge(new Key(v.page(), v.country()), 1, Integer::sum);
    }
    return counts;
  }
}
