import java.util.*;

public class Fixture {
  public static long target(List<Integer> weights, int from, int to) {
    if (from >= to) return weights.size();
    weights.add(from);
    return target(weights, from + 1, to) + target(weights, from, to - 1);
  }

  public static String check() {
    return String.valueOf(target(new ArrayList<>(List.of(1, 2, 3)), 0, 3));
  }
}
