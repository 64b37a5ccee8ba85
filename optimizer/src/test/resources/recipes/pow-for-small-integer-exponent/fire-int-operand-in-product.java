// expect: return scale * ((double) (a - b) * (a - b));
import java.util.*;

public class Fixture {
  public static double target(int a, int b, double scale) {
    return scale * Math.pow(a - b, 2.0);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    int[] xs = {0, 1, -7, 94906267, Integer.MAX_VALUE, Integer.MIN_VALUE, 46341};
    for (int a : xs) {
      for (int b : xs) {
        out.append(Double.doubleToRawLongBits(target(a, b, 0.3))).append(',');
      }
    }
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
