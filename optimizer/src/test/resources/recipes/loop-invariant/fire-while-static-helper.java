// expect: codeOnce = normalise(country)
import java.util.*;

public class Fixture {
  public static int target(List<String> shipments, String country) {
    int matched = 0;
    int i = 0;
    while (i < shipments.size()) {
      String code = normalise(country);
      if (shipments.get(i).startsWith(code)) matched++;
      i++;
    }
    return matched;
  }

  static String normalise(String c) {
    String t = c.strip();
    if (t.length() > 2) t = t.substring(0, 2);
    return t.toUpperCase();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("DE-1", "FR-2", "DE-3"), " deutschland"))).append('\n');
    out.append(safe(() -> target(List.of(), null))).append('\n');
    out.append(safe(() -> target(List.of("x"), null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
