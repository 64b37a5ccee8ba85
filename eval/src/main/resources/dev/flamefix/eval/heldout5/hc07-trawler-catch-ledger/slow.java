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
    var over = new LinkedHashMap<String, Long>();
    for (var window : windows) {
      long total = landed(landedKgPerDay, window.fromDay(), window.toDay());
      if (total > limitKg) {
        over.put(window.label(), total);
      }
    }
    return over;
  }

  private static long landed(int[] perDay, int from, int to) {
    long sum = 0;
    for (int day = from; day <= to; day++) {
      sum += perDay[day];
    }
    return sum;
  }
}
