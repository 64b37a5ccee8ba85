import java.util.*;

public class Fixture {
  public static double target(int n, double k) {
    double t = 0;
    for (int i = 0; i < n; i++) {
      double f = Math.exp(k);
      t += f;
      k = k / 2;
    }
    return t;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(3, 1));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
