import java.util.*;

public class Fixture {
  public static boolean target(String s) {
    return s.isEmpty() || s.matches("[unclosed");
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target("")));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
