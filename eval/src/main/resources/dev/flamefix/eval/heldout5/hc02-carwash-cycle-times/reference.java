package carwash.tunnel;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class CycleTimes {

  /** One car through the tunnel: programme name, conveyor entry and exit in milliseconds. */
  public record Pass(String programme, long enteredMs, long leftMs) {}

  /** Median, 90th percentile and slowest cycle time of one programme, in milliseconds. */
  public record Summary(int cars, long p50, long p90, long max) {}

  /** A growable primitive buffer, so cycle times are never boxed. */
  private static final class Times {
    long[] values = new long[16];
    int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }

  /**
   * Nearest-rank percentiles of the cycle time per programme, programmes sorted by name. Passes
   * whose exit is before their entry (a sensor glitch) are ignored.
   */
  public Map<String, Summary> percentiles(List<Pass> passes) {
    Map<String, Times> byProgramme = new TreeMap<>();
    for (Pass pass : passes) {
      long cycle = pass.leftMs() - pass.enteredMs();
      if (cycle < 0) {
        continue;
      }
      byProgramme.computeIfAbsent(pass.programme(), p -> new Times()).add(cycle);
    }
    Map<String, Summary> result = new TreeMap<>();
    byProgramme.forEach((programme, times) -> {
      long[] sorted = times.values;
      int n = times.size;
      Arrays.sort(sorted, 0, n);
      result.put(programme, new Summary(n, rank(sorted, n, 50), rank(sorted, n, 90), sorted[n - 1]));
    });
    return result;
  }

  private static long rank(long[] sorted, int n, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * n) - 1;
    return sorted[Math.max(index, 0)];
  }
}
