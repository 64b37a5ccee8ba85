// expect: double[] rainfallAcc = new double[rainfall.size()];
import java.util.*;

public class Fixture {
  /** Rainfall per weekday: each day's sum keeps the order of its terms (floating point is not associative). */
  public static String target(double[] readings, int[] weekday) {
    List<Double> rainfall = new ArrayList<>();
    for (int d = 0; d < 7; d++) rainfall.add(0.0);
    for (int i = 0; i < readings.length; i++) {
      int d = weekday[i];
      rainfall.set(d, rainfall.get(d) + readings[i]);
    }
    StringBuilder out = new StringBuilder();
    for (Double r : rainfall) out.append(Double.doubleToRawLongBits(r)).append(',');
    return out.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    double[] rain = {0.1, 0.2, 0.3, 1e16, 1.0, -1e16, Double.NaN, 3.5, -0.0, 1e-300, Double.MAX_VALUE, Double.MAX_VALUE, 0.7};
    int[] days = {0, 0, 0, 1, 1, 1, 2, 3, 4, 5, 6, 6, 5};
    out.append(safe(() -> target(rain, days))).append('\n');
    out.append(safe(() -> target(new double[] {1.0, 2.0}, new int[] {7, 0}))).append('\n');
    out.append(safe(() -> target(new double[] {1.0}, new int[] {-1}))).append('\n');
    out.append(safe(() -> target(new double[0], new int[0]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try {
      return String.valueOf(s.get());
    } catch (RuntimeException e) {
      return "threw " + e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
