import java.util.*;

public class Fixture {
  private double discount = 0;

  public static double target(List<Double> amounts, String tier) {
    return new Fixture().total(amounts, tier);
  }

  double total(List<Double> amounts, String tier) {
    double sum = 0;
    for (double a : amounts) {
      double factor = factorFor(tier);
      sum += a * factor;
      discount += 0.1;
    }
    return sum;
  }

  double factorFor(String tier) {
    return tier.equals("gold") ? 1 - discount : 1.0;
  }

  public static String check() {
    return String.valueOf(target(List.of(1.0, 2.0, 3.0), "gold"));
  }
}
