package dev.flamefix.validator.benchmark;

import org.openjdk.jmh.results.Result;

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
 * @param cpuScore mean CPU time per operation over the measured iterations ({@link
 *     CpuTimeProfiler}), or 0 when none was recorded
 * @param cpuError half-width of JMH's 99.9% confidence interval of {@code cpuScore}
 * @param cpuLow lower end of that interval
 * @param cpuHigh upper end of that interval
 */
public record Measurement(String benchmark, double score, double error, double low, double high,
    String unit, long samples, double cpuScore, double cpuError, double cpuLow, double cpuHigh) {

  private static final double NANOS_PER_MICRO = 1000.0;

  /**
   * The numbers of one JMH run result.
   *
   * @param wall JMH's primary result, in us/op
   * @param cpu the {@link CpuTimeProfiler} secondary result in ns/op, or {@code null} if the
   *     profiler recorded nothing
   */
  public static Measurement of(String benchmark, Result<?> wall, Result<?> cpu) {
    double[] ci = wall.getScoreConfidence();
    if (cpu == null || cpu.getSampleCount() < 2) {
      return new Measurement(benchmark, wall.getScore(), wall.getScoreError(), ci[0], ci[1],
          wall.getScoreUnit(), wall.getStatistics().getN(), 0, 0, 0, 0);
    }
    if (!CpuTimeProfiler.UNIT.equals(cpu.getScoreUnit())) {
      throw new IllegalArgumentException("CPU time in " + cpu.getScoreUnit() + ", expected "
          + CpuTimeProfiler.UNIT);
    }
    double[] cpuCi = cpu.getScoreConfidence();
    return new Measurement(benchmark, wall.getScore(), wall.getScoreError(), ci[0], ci[1],
        wall.getScoreUnit(), wall.getStatistics().getN(), cpu.getScore() / NANOS_PER_MICRO,
        cpu.getScoreError() / NANOS_PER_MICRO, cpuCi[0] / NANOS_PER_MICRO,
        cpuCi[1] / NANOS_PER_MICRO);
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
