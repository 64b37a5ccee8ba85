import java.util.*;

public class Fixture {
  public static int target(Map<String, String> m, List<String> keys) {
    int n = 0;
    for (String k : keys) {
      if (m.containsKey(k)) {
        String v = m.get(k);
        n += v == null ? 100 : v.length();
      }
    }
    return n;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Map<String, String> m = new HashMap<>();
    m.put("a", null);
    out.append(target(m, List.of("a")));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
