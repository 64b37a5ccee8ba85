package seismology.stations;

import java.util.List;

public final class TraceStats {

  public record Sample(long micros, int counts) {}

  /** Peak and root-mean-square ground velocity (nm/s) and how many samples exceeded the trigger. */
  public record Summary(double peak, double rms, long aboveTrigger) {}

  private TraceStats() {}

  /** Statistics of one trace window; the digitiser counts are scaled by the channel gain (nm/s per count). */
  public static Summary summarise(List<Sample> trace, double gain, double trigger) {
    int n = trace.size();
    if (n == 0) {
      return new Summary(0.0, 0.0, 0);
    }
    double peak = 0.0;
    double sumOfSquares = 0.0;
    long above = 0;
    for (int i = 0; i < n; i++) {
      double v = Math.abs(trace.get(i).counts() * gain);
      if (i == 0 || Double.compare(v, peak) > 0) {
        peak = v;
      }
      sumOfSquares += v * v;
      if (v > trigger) {
        above++;
      }
    }
    return new Summary(peak, Math.sqrt(sumOfSquares / n), above);
  }
}
