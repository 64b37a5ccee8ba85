// expect: sum += v * v;
import java.util.*;

public class Fixture {
  public static double target(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += Math.pow(v, 2);
    }
    return sum;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    double[] odd = {0.1, -3.7, 1e200, Double.NaN, -0.0, Double.MIN_VALUE, 123456.789};
    out.append(safe(() -> Double.doubleToRawLongBits(target(odd)))).append('\n');
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      double[] a = r.doubles(20, -1e6, 1e6).toArray();
      out.append(Double.doubleToRawLongBits(target(a))).append(',');
    }
    out.append('\n').append(safe(() -> target(null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
