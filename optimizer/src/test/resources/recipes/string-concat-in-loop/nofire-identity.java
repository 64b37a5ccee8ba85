// refuses: it is compared with ==
import java.util.*;

public class Fixture {
  public static boolean target(List<String> words) {
    String s = "";
    for (String w : words) {
      s += w;
    }
    return s == "";
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of()));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
