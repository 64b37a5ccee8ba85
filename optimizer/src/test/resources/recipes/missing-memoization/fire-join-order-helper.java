// expect: costMemo(rows, first, split, memo)
import java.util.*;

public class Fixture {
  private static final long UNREACHABLE = 4_000_000_000_000_000_000L;

  /** Cheapest number of row comparisons to join tables whose sizes chain as rows[0] x rows[1] x ... */
  public static long target(int[] rows) {
    if (rows.length < 2) return 0;
    return cost(rows, 1, rows.length - 1);
  }

  private static long cost(int[] rows, int first, int last) {
    if (first == last) return 0;
    long best = UNREACHABLE;
    for (int split = first; split < last; split++) {
      long left = cost(rows, first, split);
      long right = cost(rows, split + 1, last);
      best = Math.min(best, left + right + (long) rows[first - 1] * rows[split] * rows[last]);
    }
    return best;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[] {10, 30, 5, 60}))).append(',');
    out.append(safe(() -> target(new int[] {40, 20, 30, 10, 30, 7, 12, 9, 14, 3, 8, 5, 6, 11, 2}))).append(',');
    out.append(safe(() -> target(new int[] {5}))).append(',');
    out.append(safe(() -> target(null))).append(',');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
