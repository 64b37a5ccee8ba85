// expect: double best = Arrays.stream(yields).reduce((
import java.util.*;
import java.util.stream.*;

public class Fixture {
  record Plot(String crop, double harvestKg, double areaM2) {}

  /** Yield per square metre: best, worst, sum of squares (left to right), plots above a threshold, mean. */
  public static String target(List<Plot> plots, double threshold) {
    List<Double> yields = plots.stream().map(p -> p.harvestKg() / p.areaM2()).collect(Collectors.toList());
    double best = yields.stream().max(Double::compare).orElse(-1.0);
    double worst = Double.NaN;
    if (!yields.isEmpty()) worst = yields.stream().min(Double::compareTo).get();
    double squares = yields.stream().map(y -> y * y).reduce(0.0, Double::sum);
    double plain = yields.stream().reduce(0.0, (a, b) -> a + b);
    long above = yields.stream().filter(y -> y > threshold).count();
    boolean anyNegative = yields.stream().anyMatch(y -> y < 0);
    double mean = yields.size() == 0 ? 0 : plain / yields.size();
    return best + " " + worst + " " + squares + " " + plain + " " + above + " " + anyNegative + " " + mean + " "
        + Double.doubleToRawLongBits(best) + " " + Double.doubleToRawLongBits(worst);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Plot("kale", 12.5, 4), new Plot("leek", 3, 7), new Plot("bean", 12.5, 4)), 2))).append('\n');
    // -0.0 against 0.0, NaN (0/0) in max and min, and sums where compensated summation would differ.
    out.append(safe(() -> target(List.of(new Plot("a", -0.0, 1), new Plot("b", 0.0, 1), new Plot("c", 0, 0), new Plot("d", -0.0, 1)), 0))).append('\n');
    out.append(safe(() -> target(List.of(new Plot("e", 1e16, 1), new Plot("f", 1, 1), new Plot("g", -1e16, 1), new Plot("h", 1, 1),
        new Plot("i", 0.1, 1), new Plot("j", 0.2, 1), new Plot("k", 0.3, 1)), 0.15))).append('\n');
    out.append(safe(() -> target(List.of(new Plot("neg", -5, 1), new Plot("inf", 1, 0)), 1))).append('\n');
    out.append(safe(() -> target(List.of(), 1))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Plot("x", 1, 1), null), 1))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) {
      // Helpful NullPointerException messages name internal locals; other messages are compared.
      return "threw " + e.getClass().getName() + (e instanceof NullPointerException ? "" : ": " + e.getMessage());
    }
  }
}
