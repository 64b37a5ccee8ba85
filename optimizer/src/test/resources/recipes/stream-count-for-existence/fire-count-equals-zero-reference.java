// expect: names.stream().noneMatch(n -> wanted.equals(n) || n == null)
import java.util.*;

public class Fixture {
  public static String target(List<String> names, String wanted) {
    return names.stream().filter(n -> wanted.equals(n) || n == null).count() == 0 ? "missing" : "found";
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("a", "b"), "b"))).append('\n');
    out.append(safe(() -> target(Arrays.asList("a", null), "z"))).append('\n');
    out.append(safe(() -> target(List.of("a"), null))).append('\n');
    out.append(safe(() -> target(List.of(), null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
