package events.marquee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public final class HirePlanner {

  /** A hire from startDay up to (not including) endDay, at a fixed price in pounds. */
  public record Request(String client, int startDay, int endDay, long price) {}

  private HirePlanner() {}

  /**
   * The most the firm's one marquee can earn from these requests: the chosen hires may not overlap,
   * though one may start on the day another ends. Requests that end on or before their start day
   * are ignored; turning every request down earns 0.
   */
  public static long bestRevenue(List<Request> requests) {
    List<Request> valid = new ArrayList<>();
    for (Request r : requests) {
      if (r.endDay() > r.startDay()) {
        valid.add(r);
      }
    }
    valid.sort(Comparator.comparingInt(Request::endDay));
    int n = valid.size();
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      ends[i] = valid.get(i).endDay();
    }
    // bestOfFirst[k]: the best revenue using only the first k requests by end day
    long[] bestOfFirst = new long[n + 1];
    for (int k = 1; k <= n; k++) {
      Request hire = valid.get(k - 1);
      int compatible = endingBy(ends, k - 1, hire.startDay());
      bestOfFirst[k] = Math.max(bestOfFirst[k - 1], bestOfFirst[compatible] + hire.price());
    }
    return bestOfFirst[n];
  }

  /** How many of ends[0..limit) are <= day (ends is sorted ascending). */
  private static int endingBy(int[] ends, int limit, int day) {
    int lo = 0;
    int hi = limit;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
