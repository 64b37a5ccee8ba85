package astro.observatory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class SeeingLogWorkload {
  public static Supplier<Object> workload() {
    List<SeeingLog.Night> nights = new ArrayList<>();
    for (int n = 0; n < 150; n++) {
      List<SeeingLog.Frame> frames = new ArrayList<>();
      for (int f = 0; f < 1_000; f++) {
        double fwhm = 0.8 + ((n * 31 + f * 17) % 200) / 100.0;
        frames.add(new SeeingLog.Frame("field-" + f % 12, fwhm, f % 25 == 0 ? 0 : 180));
      }
      nights.add(new SeeingLog.Night("2026-" + (1 + n / 28) + "-" + (1 + n % 28), "T" + n % 3, frames));
    }
    SeeingLog log = new SeeingLog(2.4);
    return () -> log.nightsToReobserve(nights);
  }
}
