// expect: totals.merge(c, cents[i] * 2, Long::sum);
import java.util.*;

public class Fixture {
  public static String target(String[] customers, long[] cents) {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (int i = 0; i < customers.length; i++) {
      String c = customers[i];
      if (!totals.containsKey(c)) totals.put(c, 0L);
      totals.put(c, totals.get(c) + cents[i] * 2);
    }
    return totals.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new String[] {"b", "a", "b", "c"}, new long[] {5, 7, 11, Long.MAX_VALUE}))).append('\n');
    out.append(safe(() -> target(new String[] {"a", "b"}, new long[] {1}))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
