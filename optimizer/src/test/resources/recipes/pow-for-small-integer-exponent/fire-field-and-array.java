// expect: (values[i] - mean) * (values[i] - mean)
import java.util.*;

public class Fixture {
  private double mean = 2.5;
  private long offset = 3L;

  public double target(double[] values) {
    double sq = 0;
    for (int i = 0; i < values.length; i++) {
      sq += StrictMath.pow(values[i] - mean, 2d) + Math.pow(offset, 2);
    }
    return sq / values.length;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(Double.doubleToRawLongBits(new Fixture().target(new double[] {1, 2.25, -9.75, 1e155, 3.3e-160}))).append('\n');
    out.append(safe(() -> new Fixture().target(new double[0]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
