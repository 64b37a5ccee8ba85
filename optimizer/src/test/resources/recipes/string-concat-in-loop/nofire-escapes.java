import java.util.*;

public class Fixture {
  static List<String> seen = new ArrayList<>();
  public static String target(List<String> words) {
    String s = "";
    for (String w : words) {
      s += w;
      seen.add(s);
    }
    return s;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of("a", "b"))).append(seen);
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
