// expect: d.append(" L ").append(xs[i])
import java.util.*;

public class Fixture {
  public static String target(double[] xs, int[] ys, char[] tag) {
    String d = "M " + xs[0];
    for (int i = 1; i < xs.length; i++) {
      d = d + " L " + xs[i] + ' ' + (ys[i] + 1) + ys[i];
    }
    return d + tag.length;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new double[] {1.5, 2, -3e10}, new int[] {1, 2, 3}, new char[] {'a'}))).append('\n');
    out.append(safe(() -> target(new double[] {0}, new int[] {0}, new char[0]))).append('\n');
    out.append(safe(() -> target(new double[0], new int[0], null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
