// expect: new HashSet<>(
import java.util.*;

public class Fixture {
  public static int target(List<Integer> values, List<Integer> allowed) {
    int hits = 0;
    for (Integer v : values) {
      if (allowed.contains(v)) {
        hits += v == null ? 1000 : v;
      }
    }
    return hits;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(1, 2, 3, 2), List.of(2, 3)))).append('\n');
    out.append(safe(() -> target(Arrays.asList(1, null, 5), Arrays.asList(null, 5)))).append('\n');
    out.append(safe(() -> target(List.of(), null))).append('\n');
    out.append(safe(() -> target(List.of(1), null))).append('\n');
    out.append(safe(() -> target(List.of(), List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
