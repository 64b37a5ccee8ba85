// expect: System.arraycopy(samples, 0, window, 0, window.length);
import java.util.*;

public class Fixture {
  public static double target(double[] samples) {
    double[] window = new double[samples.length];
    for (int i = 0; i < window.length; i += 1) {
      window[i] = samples[i];
    }
    samples[0] = 42;
    return window[0] + window.length;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new double[] {1.5, 2}))).append('\n');
    out.append(safe(() -> target(new double[0]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
