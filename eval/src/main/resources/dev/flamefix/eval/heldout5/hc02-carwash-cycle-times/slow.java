package carwash.tunnel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class CycleTimes {

  /** One car through the tunnel: programme name, conveyor entry and exit in milliseconds. */
  public record Pass(String programme, long enteredMs, long leftMs) {}

  /** Median, 90th percentile and slowest cycle time of one programme, in milliseconds. */
  public record Summary(int cars, long p50, long p90, long max) {}

  /**
   * Nearest-rank percentiles of the cycle time per programme, programmes sorted by name. Passes
   * whose exit is before their entry (a sensor glitch) are ignored.
   */
  public Map<String, Summary> percentiles(List<Pass> passes) {
    Map<String, List<Long>> byProgramme = new TreeMap<>();
    for (Pass pass : passes) {
      long cycle = pass.leftMs() - pass.enteredMs();
      if (cycle < 0) {
        continue;
      }
      byProgramme.computeIfAbsent(pass.programme(), p -> new ArrayList<>()).add(cycle);
    }
    Map<String, Summary> result = new TreeMap<>();
    for (Map.Entry<String, List<Long>> entry : byProgramme.entrySet()) {
      List<Long> times = entry.getValue();
      Collections.sort(times);
      result.put(entry.getKey(),
          new Summary(times.size(), rank(times, 50), rank(times, 90), times.get(times.size() - 1)));
    }
    return result;
  }

  private static long rank(List<Long> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(index, 0));
  }
}
