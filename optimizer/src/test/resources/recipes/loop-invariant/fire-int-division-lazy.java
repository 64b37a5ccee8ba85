// expect: qOnce = Math.abs(100 / d)
import java.util.*;

public class Fixture {
  public static int target(int[] xs, int d) {
    int t = 0;
    for (int x : xs) {
      int q = Math.abs(100 / d);
      t += x * q;
    }
    return t;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[0], 0))).append('\n');
    out.append(safe(() -> target(new int[] {1, 2}, 0))).append('\n');
    out.append(safe(() -> target(new int[] {1, 2, 3}, 7))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
