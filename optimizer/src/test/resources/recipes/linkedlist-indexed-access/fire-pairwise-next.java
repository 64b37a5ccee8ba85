// expect: Iterator<Double> pairs = closes.iterator();
import java.util.*;

public class Fixture {
  /** Sum of the day-over-day gains of closing prices. */
  public static double target(List<Double> closes) {
    double gain = 0;
    for (int d = 0; d + 1 < closes.size(); d++) {
      double delta = closes.get(d + 1) - closes.get(d);
      if (delta > 0) gain += delta;
    }
    double alt = 0;
    for (int d = 0; d < closes.size() - 1; d++) alt += Math.abs(closes.get(d + 1) - closes.get(d));
    return gain * 1000 + alt;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new LinkedList<>(List.of(10.0, 12.5, 11.0, 11.0, 15.25))))).append('\n');
    out.append(safe(() -> target(new ArrayList<>(List.of(3.0))))).append('\n');
    out.append(safe(() -> target(new LinkedList<>()))).append('\n');
    out.append(safe(() -> target(new LinkedList<>(Arrays.asList(1.0, null, 2.0))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
