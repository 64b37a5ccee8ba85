import java.util.*;

public class Fixture {
  static final class Math {
    static double pow(double a, double b) {
      return a + b;
    }
  }

  public static double target(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += Math.pow(v, 2);
    }
    return sum;
  }

  public static String check() {
    return String.valueOf(target(new double[] {1.1, 2.2}));
  }
}
