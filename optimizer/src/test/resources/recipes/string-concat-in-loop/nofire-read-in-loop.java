// refuses: is also read in that loop
import java.util.*;

public class Fixture {
  public static String target(List<String> words) {
    String s = "";
    for (String w : words) {
      if (s.endsWith("stop")) break;
      s += w;
    }
    return s;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of("aaaa", "bbbbbbbb", "c")));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
