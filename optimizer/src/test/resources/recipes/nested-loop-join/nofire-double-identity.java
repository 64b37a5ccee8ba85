import java.util.*;

public class Fixture {
  record Reading(double value, String id) {}

  public static int target(List<Reading> a, List<Reading> b) {
    int same = 0;
    for (Reading x : a) {
      for (Reading y : b) {
        if (x.value() == y.value()) same++;
      }
    }
    return same;
  }

  public static String check() {
    return String.valueOf(target(List.of(new Reading(0.0, "a"), new Reading(Double.NaN, "b")), List.of(new Reading(-0.0, "c"), new Reading(Double.NaN, "d"))));
  }
}
