import java.util.*;

public class Fixture {
  record P(int x) {}
  public static int target(List<P> items, List<P> known) {
    int n = 0;
    for (P p : items) if (known.contains(p)) n++;
    return n;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of(new P(1)), List.of(new P(1))));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
