package dev.flamefix.validator.benchmark;

import org.openjdk.jmh.results.Result;

/**
 * One benchmark's numbers, in microseconds per operation: for each metric the median over the
 * measured iterations and its distribution-free 99.9% confidence interval ({@link
 * MedianInterval}), so one disturbed iteration on a busy machine neither moves the score nor
 * widens the interval.
 *
 * @param benchmark the JMH benchmark name
 * @param score median wall time per operation over the measured iterations (JMH's primary result)
 * @param error the larger distance from {@code score} to an end of its interval
 * @param low lower end of the 99.9% interval of the median
 * @param high upper end of that interval
 * @param unit unit of all numbers here, {@code us/op}
 * @param samples measured JMH iterations
 * @param cpuScore median CPU time per operation over the measured iterations ({@link
 *     CpuTimeProfiler}), or 0 when none was recorded
 * @param cpuError the larger distance from {@code cpuScore} to an end of its interval
 * @param cpuLow lower end of the 99.9% interval of the CPU median
 * @param cpuHigh upper end of that interval
 */
public record Measurement(String benchmark, double score, double error, double low, double high,
    String unit, long samples, double cpuScore, double cpuError, double cpuLow, double cpuHigh) {

  private static final double NANOS_PER_MICRO = 1000.0;
  /** Confidence of the intervals the acceptance rule compares. */
  static final double CONFIDENCE = 0.999;

  /**
   * The numbers of one JMH run result.
   *
   * @param wall JMH's primary result, in us/op
   * @param cpu the {@link CpuTimeProfiler} secondary result in ns/op, or {@code null} if the
   *     profiler recorded nothing
   */
  public static Measurement of(String benchmark, Result<?> wall, Result<?> cpu) {
    MedianInterval w = MedianInterval.of(wall.getStatistics(), CONFIDENCE);
    if (cpu == null || cpu.getSampleCount() < 2) {
      return new Measurement(benchmark, w.median(), w.halfWidth(), w.low(), w.high(),
          wall.getScoreUnit(), w.n(), 0, 0, 0, 0);
    }
    if (!CpuTimeProfiler.UNIT.equals(cpu.getScoreUnit())) {
      throw new IllegalArgumentException("CPU time in " + cpu.getScoreUnit() + ", expected "
          + CpuTimeProfiler.UNIT);
    }
    MedianInterval c = MedianInterval.of(cpu.getStatistics(), CONFIDENCE);
    return new Measurement(benchmark, w.median(), w.halfWidth(), w.low(), w.high(),
        wall.getScoreUnit(), w.n(), c.median() / NANOS_PER_MICRO, c.halfWidth() / NANOS_PER_MICRO,
        c.low() / NANOS_PER_MICRO, c.high() / NANOS_PER_MICRO);
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
