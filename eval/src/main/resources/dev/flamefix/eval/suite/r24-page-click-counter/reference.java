package com.example.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ClickCounter {

  public static Map<String, Integer> countByPage(List<String> pages) {
    Map<String, Integer> counts = new HashMap<>();
    for (String page : pages) {
      counts.merge(page, 1, Integer::sum);
    }
    return counts;
  }
}
