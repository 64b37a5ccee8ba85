import java.util.*;

public class Fixture {
  public static double target(List<Double> xs) {
    double t = xs.stream().map(x -> x * 0.1).reduce(0.0, Double::sum);
    return t;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of(1.0)));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
