// expect: countBetweenWindow += counts[start + width - 1];
import java.util.ArrayList;
import java.util.List;

public class Fixture {
  /** Earliest start of the busiest run of width hours of bike rentals; -1 if none. */
  public static String target(int[] counts, int width) {
    if (width <= 0) throw new IllegalArgumentException("width");
    int bestStart = -1;
    long best = Long.MIN_VALUE;
    List<Long> sums = new ArrayList<>();
    for (int start = 0; start <= counts.length - width; start++) {
      long total = countBetween(counts, start, start + width);
      sums.add(total);
      if (total > best) {
        best = total;
        bestStart = start;
      }
    }
    return bestStart + " " + best + " " + sums;
  }

  private static long countBetween(int[] counts, int from, int to) {
    long sum = 0;
    for (int i = from; i < to; i++) {
      sum += counts[i];
    }
    return sum;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    int[] big = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, -1, Integer.MAX_VALUE, 7};
    for (int w = -1; w <= 7; w++) {
      int ww = w;
      out.append(safe(() -> target(big, ww))).append('\n');
      out.append(safe(() -> target(new int[] {3, 1, 4, 1, 5, 9, 2, 6}, ww))).append('\n');
      out.append(safe(() -> target(new int[0], ww))).append('\n');
    }
    out.append(safe(() -> target(null, 2))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
