import java.util.*;

public class Fixture {
  public static double target(double[] xs) {
    double t = 0;
    for (double x : xs) {
      double r = Math.sqrt(x);
      t += r;
    }
    return t;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(new double[] {4}));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
