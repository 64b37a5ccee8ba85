// expect: if (week > 0) {
import java.util.ArrayList;
import java.util.List;

public class Fixture {
  /** Seven-day rainfall totals of a gauge, one per start day, through a range-sum helper. */
  public static List<Integer> target(List<Integer> rain) {
    List<Integer> totals = new ArrayList<>();
    for (int week = 0; week <= rain.size() - 7; week++) {
      int total = rainBetween(rain, week, week + 7);
      totals.add(total);
    }
    return totals;
  }

  static int rainBetween(List<Integer> rain, int from, int to) {
    int sum = 0;
    for (int d = from; d < to; d++) {
      sum += rain.get(d);
    }
    return sum;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Integer> r = new ArrayList<>(List.of(3, 0, Integer.MAX_VALUE, 11, -2, 0, 5, Integer.MIN_VALUE, 9, 1, 4));
    for (int n = 0; n <= r.size(); n++) {
      List<Integer> prefix = new ArrayList<>(r.subList(0, n));
      out.append(safe(() -> target(prefix))).append('\n');
    }
    List<Integer> withNull = new ArrayList<>(r);
    withNull.set(8, null);
    out.append(safe(() -> target(withNull))).append(' ').append(safe(() -> target(null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
