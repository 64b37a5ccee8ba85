import java.util.*;

public class Fixture {
  public static double target(List<Double> latencies) {
    List<Double> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    if (sorted.isEmpty()) return 0;
    return sorted.get(sorted.size() / 2) - sorted.get(0);
  }
}
