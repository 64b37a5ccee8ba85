import java.util.*;

public class Fixture {
  static int calls;
  public static int target(String s) {
    int v = -1;
    try {
      calls++;
      v = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      v = -2;
    }
    return v + calls;
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
