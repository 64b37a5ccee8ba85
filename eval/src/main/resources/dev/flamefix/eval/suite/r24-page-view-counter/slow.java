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
      Key key = new Key(v.page(), v.country());
      if (!counts.containsKey(key)) {
        counts.put(key, 0);
      }
      counts.put(key, counts.get(key) + 1);
    }
    return counts;
  }
}
