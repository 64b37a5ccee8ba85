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
    long swapped = 0;
    for (int i = 0; i < ranks.length; i++) {
      for (int j = i + 1; j < ranks.length; j++) {
        if (ranks[i] > ranks[j]) {
          swapped++;
        }
      }
    }
    return swapped;
  }
}
