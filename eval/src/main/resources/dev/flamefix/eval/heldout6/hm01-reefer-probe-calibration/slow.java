package reefer.probes;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class ProbeCalibration {

  /** One sample from a container's supply-air probe: the container number and the ADC count. */
  public record Reading(String container, int raw) {}

  /** Per container: samples, mean, coldest and warmest temperature, samples above the limit. */
  public record Stats(int readings, double meanC, double minC, double maxC, int warm) {}

  private final double[] coefficients;
  private final double warmLimitC;

  public ProbeCalibration(double[] coefficients, double warmLimitC) {
    this.coefficients = coefficients.clone();
    this.warmLimitC = warmLimitC;
  }

  /** The calibration polynomial c0 + c1*x + c2*x^2 + ... with x the count in thousands. */
  public double toCelsius(int raw) {
    double x = raw / 1000.0;
    double celsius = 0;
    for (int i = 0; i < coefficients.length; i++) {
      celsius += coefficients[i] * Math.pow(x, i);
    }
    return celsius;
  }

  /** Statistics per container, containers in name order. */
  public Map<String, Stats> summarize(List<Reading> readings) {
    Map<String, double[]> totals = new TreeMap<>();
    for (Reading reading : readings) {
      double celsius = toCelsius(reading.raw());
      double[] t = totals.computeIfAbsent(reading.container(),
          c -> new double[] {0, 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0});
      t[0]++;
      t[1] += celsius;
      t[2] = Math.min(t[2], celsius);
      t[3] = Math.max(t[3], celsius);
      if (celsius > warmLimitC) {
        t[4]++;
      }
    }
    Map<String, Stats> result = new TreeMap<>();
    totals.forEach((container, t) ->
        result.put(container, new Stats((int) t[0], t[1] / t[0], t[2], t[3], (int) t[4])));
    return result;
  }
}
