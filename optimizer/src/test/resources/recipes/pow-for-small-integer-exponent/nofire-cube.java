import java.util.*;

public class Fixture {
  public static double target(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += Math.pow(v, 3);
    }
    return sum;
  }

  public static String check() {
    return String.valueOf(target(new double[] {1.1, 2.2}));
  }
}
