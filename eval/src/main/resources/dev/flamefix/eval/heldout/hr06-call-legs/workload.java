package net.telco.mediation;

import java.util.function.Supplier;

public final class LegCorrelatorWorkload {
  public static Supplier<Object> workload() {
    int n = 600;
    LegCorrelator.Leg[] originating = new LegCorrelator.Leg[n];
    LegCorrelator.Leg[] terminating = new LegCorrelator.Leg[n];
    for (int i = 0; i < n; i++) {
      long start = 1_700_000_000_000L + i * 1_000L;
      originating[i] = new LegCorrelator.Leg("sip-" + (i * 7_919 % 100_000), "+4930" + i, start, start + 90_000 + i % 600);
      int j = (i * 13) % n;
      terminating[i] = new LegCorrelator.Leg("sip-" + (j % 3 == 0 ? 500_000 + j : j * 7_919 % 100_000),
          "+3314" + j, start + 4_000, start + 60_000 + j % 900);
    }
    LegCorrelator correlator = new LegCorrelator();
    return () -> correlator.correlate(originating, terminating);
  }
}
