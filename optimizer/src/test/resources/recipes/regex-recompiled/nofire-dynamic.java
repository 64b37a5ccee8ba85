import java.util.*;

public class Fixture {
  public static int target(List<String> lines, String regex) {
    int n = 0;
    for (String l : lines) if (l.matches(regex)) n++;
    return n;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of("a"), "a"));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
