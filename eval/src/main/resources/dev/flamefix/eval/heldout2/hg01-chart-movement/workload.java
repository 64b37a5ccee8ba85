package charts.weekly.movement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ChartMovementWorkload {
  public static Supplier<Object> workload() {
    List<String> lastWeek = new ArrayList<>();
    List<String> thisWeek = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      lastWeek.add("track-" + i);
      thisWeek.add("track-" + (i * 1_009) % 3_000);
      if (i % 50 == 0) {
        thisWeek.add("debut-" + i);
      }
    }
    return () -> ChartMovement.swappedPairs(lastWeek, thisWeek);
  }
}
