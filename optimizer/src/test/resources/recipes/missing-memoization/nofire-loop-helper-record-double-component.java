import java.util.*;

public class Fixture {
  record Reading(String sensor, double value) {}

  public static int target(List<Reading> readings) {
    int total = 0;
    for (Reading r : readings) total += bucket(r);
    return total;
  }

  private static int bucket(Reading r) {
    int b = 0;
    for (double v = r.value(); v > 1; v /= 2) b++;
    return b + r.sensor().length();
  }

  public static String check() {
    return String.valueOf(target(List.of(new Reading("t1", 40.0), new Reading("t1", 40.0))));
  }
}
