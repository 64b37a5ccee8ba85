// expect: rateOnce = rateFor(region);
import java.util.*;

public class Fixture {
  private static final Map<String, Double> RATES = Map.of("EU", 0.2, "US", 0.07, "UK", 0.175);
  private final double floor = 0.01;

  public double target(List<Double> amounts, String region) {
    double total = 0;
    for (Double amount : amounts) {
      if (amount < 0) continue;
      double rate = rateFor(region);
      total += amount * (1 + rate);
    }
    return total;
  }

  private double rateFor(String region) {
    String key = region.trim().toUpperCase();
    double r = RATES.get(key);
    return Math.max(r, floor);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> new Fixture().target(List.of(10.0, -1.0, 20.0), " eu "))).append('\n');
    out.append(safe(() -> new Fixture().target(List.of(10.0), "mars"))).append('\n');
    out.append(safe(() -> new Fixture().target(List.of(-5.0), "mars"))).append('\n');
    out.append(safe(() -> new Fixture().target(List.of(), null))).append('\n');
    out.append(safe(() -> new Fixture().target(List.of(1.0), null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
