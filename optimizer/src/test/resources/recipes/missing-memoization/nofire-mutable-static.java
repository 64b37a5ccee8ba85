// refuses: reads 'penalty'
import java.util.*;

public class Fixture {
  static long penalty = 3;

  public static long target(List<Integer> weights, int from, int to) {
    if (from >= to) return penalty;
    return target(weights, from + 1, to) + target(weights, from, to - 1) + weights.get(from);
  }

  public static String check() {
    return String.valueOf(target(List.of(1, 2, 3), 0, 2));
  }
}
