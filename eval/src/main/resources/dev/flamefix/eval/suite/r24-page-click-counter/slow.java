package com.example.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ClickCounter {

  public static Map<String, Integer> countByPage(List<String> pages) {
    Map<String, Integer> counts = new HashMap<>();
    for (String page : pages) {
      if (counts.containsKey(page)) {
        counts.put(page, counts.get(page) + 1);
      } else {
        counts.put(page, 1);
      }
    }
    return counts;
  }
}
