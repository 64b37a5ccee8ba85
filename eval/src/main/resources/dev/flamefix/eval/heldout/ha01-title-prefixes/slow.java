package org.shelfware.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public final class TitlePrefixCounter {

  private TitlePrefixCounter() {}

  /** For each typed prefix, how many catalogue titles start with it, ignoring case. */
  public static int[] countByPrefix(List<String> titles, List<String> prefixes) {
    List<String> normalised = new ArrayList<>(titles.size());
    for (String title : titles) {
      normalised.add(title.toLowerCase(Locale.ROOT));
    }
    int[] counts = new int[prefixes.size()];
    for (int q = 0; q < prefixes.size(); q++) {
      String prefix = prefixes.get(q).toLowerCase(Locale.ROOT);
      int matches = 0;
      for (String title : normalised) {
        if (title.startsWith(prefix)) {
          matches++;
        }
      }
      counts[q] = matches;
    }
    return counts;
  }
}
