package events.marquee;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class HirePlannerWorkload {
  public static Supplier<Object> workload() {
    List<HirePlanner.Request> requests = new ArrayList<>();
    for (int i = 0; i < 1_800; i++) {
      int start = (int) ((i * 7_919L) % 3_650);
      requests.add(new HirePlanner.Request("client-" + i % 300, start, start + 1 + i % 9, 400 + (i * 31L) % 2_600));
    }
    return () -> HirePlanner.bestRevenue(requests);
  }
}
