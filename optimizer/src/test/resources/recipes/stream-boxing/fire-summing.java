// expect: mapToLong(
import java.util.*;
import java.util.stream.Collectors;

public class Fixture {
  public static long target(List<long[]> rows) {
    return rows.stream().collect(Collectors.summingLong(r -> r.length == 0 ? 0L : r[0]));
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new long[] {Long.MAX_VALUE}, new long[] {1}, new long[0])))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
