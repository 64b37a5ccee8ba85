// expect: double scale = Math.pow(base, exp) * 2.0;
import java.util.*;

public class Fixture {
  public static double target(double[] xs, double base, int exp) {
    double total = 0;
    for (double x : xs) {
      double scale = Math.pow(base, exp) * 2.0;
      total += x * scale + Math.sqrt(Math.abs(x));
    }
    return total;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new double[] {1, -4, 9.5}, 1.5, 3))).append('\n');
    out.append(safe(() -> target(new double[0], 0, -1))).append('\n');
    out.append(safe(() -> target(null, 2, 2))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
