package org.shelfware.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class TitlePrefixCounterWorkload {
  public static Supplier<Object> workload() {
    String[] words = {"The", "History", "of", "Modern", "Garden", "Birds", "A", "Guide", "to", "Rivers",
        "Night", "Silent", "Winter", "Kitchen", "Stars", "Letters"};
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      titles.add(words[i % 16] + " " + words[(i / 16) % 16] + " " + words[(i * 7) % 16] + " " + i);
    }
    List<String> prefixes = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      String title = titles.get((i * 31) % titles.size());
      prefixes.add(title.substring(0, 1 + i % Math.min(12, title.length())).toUpperCase(java.util.Locale.ROOT));
    }
    return () -> TitlePrefixCounter.countByPrefix(titles, prefixes);
  }
}
