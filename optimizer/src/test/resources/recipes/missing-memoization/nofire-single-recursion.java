import java.util.*;

public class Fixture {
  public static long target(int n) {
    if (n <= 1) return 1;
    return n * target(n - 1);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(5));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
