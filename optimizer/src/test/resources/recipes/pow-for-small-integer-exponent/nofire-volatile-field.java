import java.util.*;

public class Fixture {
  private static volatile double level = 1.5;

  public static double target(int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Math.pow(level, 2);
    }
    return sum;
  }

  public static String check() {
    return String.valueOf(target(3));
  }
}
