package charts.weekly.movement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class ChartMovement {

  private ChartMovement() {}

  /**
   * How many pairs of songs swapped places since last week: pairs listed in one order this week
   * and ranked the other way round last week. New entries (not on last week's chart) are left out;
   * a song listed twice last week counts at its last position.
   */
  public static long swappedPairs(List<String> lastWeek, List<String> thisWeek) {
    Map<String, Integer> lastRank = new HashMap<>();
    for (int i = 0; i < lastWeek.size(); i++) {
      lastRank.put(lastWeek.get(i), i);
    }
    int[] ranks = thisWeek.stream().filter(lastRank::containsKey).mapToInt(lastRank::get).toArray();
    return countInversions(ranks, new int[ranks.length], 0, ranks.length);
  }

  /** Strict inversions in a[from, to), sorting that range; equal ranks are not an inversion. */
  private static long countInversions(int[] a, int[] buffer, int from, int to) {
    if (to - from < 2) {
      return 0;
    }
    int mid = (from + to) >>> 1;
    long inversions = countInversions(a, buffer, from, mid) + countInversions(a, buffer, mid, to);
    int left = from;
    int right = mid;
    int out = from;
    while (left < mid && right < to) {
      if (a[left] <= a[right]) {
        buffer[out++] = a[left++];
      } else {
        // Every remaining left element is greater than a[right].
        inversions += mid - left;
        buffer[out++] = a[right++];
      }
    }
    while (left < mid) {
      buffer[out++] = a[left++];
    }
    while (right < to) {
      buffer[out++] = a[right++];
    }
    System.arraycopy(buffer, from, a, from, to - from);
    return inversions;
  }
}
