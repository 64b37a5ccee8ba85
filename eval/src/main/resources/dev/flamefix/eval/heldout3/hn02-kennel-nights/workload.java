package petcare.kennel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class RunOccupancyWorkload {
  public static Supplier<Object> workload() {
    List<String> runs = new ArrayList<>();
    for (int r = 0; r < 40; r++) {
      runs.add("run-" + r);
    }
    RunOccupancy occupancy = new RunOccupancy(runs);
    List<RunOccupancy.Stay> stays = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      int in = (i * 13) % 360;
      stays.add(new RunOccupancy.Stay("dog" + i % 500, "run-" + (i * 7) % 43, in, in + (i % 15) - 1));
    }
    return () -> occupancy.nightsPerRun(stays);
  }
}
