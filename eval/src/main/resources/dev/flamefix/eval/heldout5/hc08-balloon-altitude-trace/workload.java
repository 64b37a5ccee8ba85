package ballooning.flights;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class AltitudeTraceWorkload {
  public static Supplier<Object> workload() {
    List<AltitudeTrace.Fix> fixes = new ArrayList<>();
    long t = 1_750_000_000L;
    for (int i = 0; i < 1_500; i++) {
      double altitude = 120 + 900 * Math.sin(i / 400.0) + (i % 17) * 2.5;
      double hdop = i % 23 == 0 ? 9.5 : 0.8 + (i % 5) * 0.3;
      fixes.add(new AltitudeTrace.Fix(t, altitude, hdop));
      t += 1 + i % 3;
    }
    AltitudeTrace recorder = new AltitudeTrace();
    return () -> recorder.trace(fixes);
  }
}
