package seismology.stations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class TraceStatsWorkload {
  public static Supplier<Object> workload() {
    List<TraceStats.Sample> trace = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      int counts = (int) (Math.sin(i / 25.0) * 3_000 + ((i * 7_919) % 401) - 200);
      trace.add(new TraceStats.Sample(i * 10_000L, counts));
    }
    return () -> TraceStats.summarise(trace, 0.0417, 2_500.0);
  }
}
