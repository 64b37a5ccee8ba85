package carwash.tunnel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class CycleTimesWorkload {
  public static Supplier<Object> workload() {
    String[] programmes = {"basic", "foam", "wax", "underbody", "ceramic"};
    List<CycleTimes.Pass> passes = new ArrayList<>();
    long clock = 1_700_000_000_000L;
    for (int i = 0; i < 12_000; i++) {
      long cycle = 180_000 + (i * 48_271L) % 240_000 - (i % 97 == 0 ? 500_000 : 0);
      passes.add(new CycleTimes.Pass(programmes[(i * 7) % programmes.length], clock, clock + cycle));
      clock += 35_000;
    }
    CycleTimes times = new CycleTimes();
    return () -> times.percentiles(passes);
  }
}
