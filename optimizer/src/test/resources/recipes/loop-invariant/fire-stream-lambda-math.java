// expect: final double sqrtOnce = Math.sqrt(variance);
import java.util.*;

public class Fixture {
  /** Seismograph: how many amplitude samples exceed three standard deviations? */
  public static long target(double[] samples, double variance) {
    return Arrays.stream(samples).boxed().filter(a -> Math.abs(a) > 3 * Math.sqrt(variance)).count();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new double[] {0.5, -7.0, 2.0, 9.5}, 4.0))).append('\n');
    out.append(safe(() -> target(new double[0], -1.0))).append('\n');
    out.append(safe(() -> target(new double[] {1.0}, -1.0))).append('\n');
    out.append(safe(() -> target(null, 1.0))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
