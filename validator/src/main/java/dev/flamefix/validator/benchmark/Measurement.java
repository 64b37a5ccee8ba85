package dev.flamefix.validator.benchmark;

/**
 * One benchmark's numbers, in microseconds per operation.
 *
 * @param benchmark the JMH benchmark name
 * @param score JMH's primary result: mean wall time per operation
 * @param error half-width of JMH's 99.9% confidence interval of {@code score}
 * @param low lower end of that interval
 * @param high upper end of that interval
 * @param unit unit of all numbers here, {@code us/op}
 * @param samples measured JMH iterations
 * @param cpuScore mean process CPU time per operation over the measured iterations
 * @param cpuError half-width of the 99.9% confidence interval of {@code cpuScore}
 * @param cpuLow lower end of that interval
 * @param cpuHigh upper end of that interval
 */
public record Measurement(String benchmark, double score, double error, double low, double high,
    String unit, long samples, double cpuScore, double cpuError, double cpuLow, double cpuHigh) {

  /** This measurement with CPU statistics filled in. */
  public Measurement withCpu(double mean, double halfWidth) {
    return new Measurement(benchmark, score, error, low, high, unit, samples, mean, halfWidth,
        mean - halfWidth, mean + halfWidth);
  }

  /** Score of the given metric. */
  public double score(TimeMetric metric) {
    return metric == TimeMetric.CPU ? cpuScore : score;
  }

  /** Lower end of the given metric's interval. */
  public double low(TimeMetric metric) {
    return metric == TimeMetric.CPU ? cpuLow : low;
  }

  /** Upper end of the given metric's interval. */
  public double high(TimeMetric metric) {
    return metric == TimeMetric.CPU ? cpuHigh : high;
  }

  /** Error of the given metric. */
  public double error(TimeMetric metric) {
    return metric == TimeMetric.CPU ? cpuError : error;
  }
}
