package fisheries.quota;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class CatchLedger {

  /** An inspection window over days of the season, both ends inclusive. */
  public record Window(String label, int fromDay, int toDay) {}

  private final long limitKg;

  public CatchLedger(long limitKg) {
    this.limitKg = limitKg;
  }

  /**
   * The windows whose landings exceed the limit, with their totals, in the order the labels were
   * first breached (a repeated label keeps its place and takes the later total).
   */
  public Map<String, Long> breaches(int[] landedKgPerDay, List<Window> windows) {
    var prefix = new long[landedKgPerDay.length + 1];
    for (int day = 0; day < landedKgPerDay.length; day++) {
      prefix[day + 1] = prefix[day] + landedKgPerDay[day];
    }
    var over = new LinkedHashMap<String, Long>();
    for (var window : windows) {
      long total = landed(prefix, window.fromDay(), window.toDay());
      if (total > limitKg) {
        over.put(window.label(), total);
      }
    }
    return over;
  }

  /** Landings of days from..to; 0 for an empty window, which reads no day at all. */
  private static long landed(long[] prefix, int from, int to) {
    if (from > to) {
      return 0;
    }
    if (from < 0 || to + 1 >= prefix.length) {
      throw new ArrayIndexOutOfBoundsException("day outside the season: " + (from < 0 ? from : prefix.length - 1));
    }
    return prefix[to + 1] - prefix[from];
  }
}
