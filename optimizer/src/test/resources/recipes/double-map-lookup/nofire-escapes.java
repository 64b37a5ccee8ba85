import java.util.*;

public class Fixture {
  static void fill(Map<String, Integer> m) { m.put("z", null); }
  public static int target(List<String> keys) {
    Map<String, Integer> m = new HashMap<>();
    fill(m);
    int n = 0;
    for (String k : keys) if (m.containsKey(k)) n += m.get(k) == null ? 1 : 2;
    return n;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of("z")));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
