import java.util.*;

public class Fixture {
  private static int calls;

  private static double next() {
    return ++calls;
  }

  public static double target(int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Math.pow(next(), 2);
    }
    return sum;
  }

  public static String check() {
    return String.valueOf(target(5));
  }
}
