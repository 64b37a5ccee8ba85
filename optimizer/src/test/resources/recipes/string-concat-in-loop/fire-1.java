// expect: StringBuilder
import java.util.*;

public class Fixture {
  public static String target(List<String> words, int n) {
    String s = "start:";
    for (String w : words) {
      s += w + ",";
    }
    for (int i = 0; i < n; i++) {
      s += "#" + i;
    }
    int len = s.length();
    return s + "|" + len;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(), 0))).append('\n');
    out.append(safe(() -> target(List.of("a", "b", "c"), 3))).append('\n');
    out.append(safe(() -> target(Arrays.asList("x", null), 1))).append('\n');
    out.append(safe(() -> target(null, 2))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
