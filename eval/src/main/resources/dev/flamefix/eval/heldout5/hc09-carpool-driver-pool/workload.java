package carpool.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class RidePlannerWorkload {
  public static Supplier<Object> workload() {
    List<String> rota = new ArrayList<>();
    List<String> onLeave = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      rota.add("drv-" + (i * 7 % 1_000));
    }
    for (int i = 0; i < 250; i++) {
      onLeave.add("drv-" + (i * 13 % 1_300));
      matched.add("drv-" + (i * 11 % 1_200 + 1));
    }
    List<String> riders = new ArrayList<>();
    for (int i = 0; i < 800; i++) {
      riders.add("rider-" + i);
    }
    RidePlanner planner = new RidePlanner(3);
    return () -> planner.seatRiders(rota, onLeave, matched, riders);
  }
}
