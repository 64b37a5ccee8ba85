// expect: if (ordered == null)
import java.util.*;

public class Fixture {
  public static long target(List<Integer> latencies, List<Double> quantiles) {
    long acc = 0;
    for (double q : quantiles) {
      List<Integer> ordered = latencies.stream().sorted().toList();
      int idx = (int) Math.min(ordered.size() - 1, Math.floor(q * ordered.size()));
      acc = acc * 17 + ordered.get(idx);
    }
    return acc;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(40, 12, 99, 7, 63), List.of(0.5, 0.9, 0.0, 0.99)))).append('\n');
    out.append(safe(() -> target(List.of(), List.of(0.5)))).append('\n');
    out.append(safe(() -> target(Arrays.asList(3, null, 1), List.of(0.5)))).append('\n');
    out.append(safe(() -> target(null, List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
