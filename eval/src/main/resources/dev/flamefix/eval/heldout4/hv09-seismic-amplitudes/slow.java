package seismology.stations;

import java.util.List;
import java.util.stream.Collectors;

public final class TraceStats {

  public record Sample(long micros, int counts) {}

  /** Peak and root-mean-square ground velocity (nm/s) and how many samples exceeded the trigger. */
  public record Summary(double peak, double rms, long aboveTrigger) {}

  private TraceStats() {}

  /** Statistics of one trace window; the digitiser counts are scaled by the channel gain (nm/s per count). */
  public static Summary summarise(List<Sample> trace, double gain, double trigger) {
    List<Double> velocities = trace.stream()
        .map(sample -> Math.abs(sample.counts() * gain))
        .collect(Collectors.toList());
    double peak = velocities.stream().max(Double::compare).orElse(0.0);
    double sumOfSquares = velocities.stream().map(v -> v * v).reduce(0.0, Double::sum);
    double rms = velocities.isEmpty() ? 0.0 : Math.sqrt(sumOfSquares / velocities.size());
    long above = velocities.stream().filter(v -> v > trigger).count();
    return new Summary(peak, rms, above);
  }
}
