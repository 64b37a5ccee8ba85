// expect: new HashMap<>()
import java.util.*;

public class Fixture {
  public static long target(int n) {
    if (n < 0) throw new IllegalArgumentException("negative");
    if (n < 2) return n;
    return target(n - 1) + target(n - 2);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    for (int n : new int[] {0, 1, 2, 10, 30, -1}) out.append(safe(() -> target(n))).append(',');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
