import java.util.*;

public class Fixture {
  static int lookups;

  public static double target(List<Double> amounts, String region) {
    double total = 0;
    for (double a : amounts) {
      double rate = rateFor(region);
      total += a * rate;
    }
    return total + lookups;
  }

  static double rateFor(String region) {
    lookups++;
    return region.length() / 10.0;
  }

  public static String check() {
    return String.valueOf(target(List.of(1.0, 2.0), "EU"));
  }
}
