import java.util.*;

public class Fixture {
  public static double target(List<String> cells) {
    double sum = 0;
    for (String c : cells) {
      try {
        sum += Double.parseDouble(c);
      } catch (NumberFormatException | NullPointerException e) {
        sum -= 1;
      }
    }
    return sum;
  }

  public static String check() {
    return String.valueOf(target(Arrays.asList("1.0", "x", null)));
  }
}
