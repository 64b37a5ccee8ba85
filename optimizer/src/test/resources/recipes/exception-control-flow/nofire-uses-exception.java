import java.util.*;

public class Fixture {
  public static String target(String s) {
    try {
      int v = 0;
      v = Integer.parseInt(s);
      return "ok" + v;
    } catch (NumberFormatException e) {
      return e.getMessage();
    }
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target("x"));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
