import java.util.*;

public class Fixture {
  public static double target(double[] xs) {
    double total = 0;
    for (double x : xs) total += series(x);
    return total;
  }

  private static double series(double x) {
    double s = 0;
    for (int k = 1; k < 50; k++) s += Math.pow(x, k) / k;
    return s;
  }

  public static String check() {
    return String.valueOf(target(new double[] {0.5, 0.5, -0.0, 0.0}));
  }
}
