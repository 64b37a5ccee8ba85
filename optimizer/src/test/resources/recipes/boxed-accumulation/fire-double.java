// expect: double acc
import java.util.*;

public class Fixture {
  public static String target(double[] xs) {
    Double acc = 0.0;
    Integer count = 0;
    for (double x : xs) {
      acc += x * 0.5;
      count++;
    }
    return "avg=" + (count == 0 ? 0 : acc / count);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new double[] {1.5, -2.25, 1e300, 1e300}))).append('\n');
    out.append(safe(() -> target(new double[0]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
