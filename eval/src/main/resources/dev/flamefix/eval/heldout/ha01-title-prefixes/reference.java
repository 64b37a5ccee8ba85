package org.shelfware.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

public final class TitlePrefixCounter {

  private TitlePrefixCounter() {}

  /** For each typed prefix, how many catalogue titles start with it, ignoring case. */
  public static int[] countByPrefix(List<String> titles, List<String> prefixes) {
    String[] sorted = new String[titles.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = titles.get(i).toLowerCase(Locale.ROOT);
    }
    Arrays.sort(sorted);
    int[] counts = new int[prefixes.size()];
    for (int q = 0; q < prefixes.size(); q++) {
      String prefix = prefixes.get(q).toLowerCase(Locale.ROOT);
      int first = firstNotBefore(sorted, prefix);
      counts[q] = firstWithout(sorted, prefix, first) - first;
    }
    return counts;
  }

  /** Index of the first title >= prefix; every title starting with prefix is at or after it. */
  private static int firstNotBefore(String[] sorted, String prefix) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid].compareTo(prefix) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** From {@code from} on, titles with the prefix come first (a contiguous run); where it ends. */
  private static int firstWithout(String[] sorted, String prefix, int from) {
    int lo = from;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid].startsWith(prefix)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
