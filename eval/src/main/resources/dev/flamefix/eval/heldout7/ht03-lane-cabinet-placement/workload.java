package broadband.rollout;

import java.util.function.Supplier;

public final class CabinetPlannerWorkload {
  public static Supplier<Object> workload() {
    long[] houses = new long[2_500];
    for (int i = 0; i < houses.length; i++) {
      houses[i] = (i * 104_729L) % 18_000L + (i % 7 == 0 ? 40_000L : 0L);
    }
    CabinetPlanner planner = new CabinetPlanner();
    return () -> planner.bestCabinet(houses);
  }
}
