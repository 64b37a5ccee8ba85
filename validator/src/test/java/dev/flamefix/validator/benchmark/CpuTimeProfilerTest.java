package dev.flamefix.validator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.AverageTimeResult;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ResultRole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.ScalarResult;
import org.junit.jupiter.api.Test;

/**
 * The profiler's per-iteration result, and how JMH's aggregate of it becomes a {@link
 * Measurement}. Asserts relations that hold at any load, never a duration.
 */
class CpuTimeProfilerTest {

  /** Keeps the busy loop's result alive. */
  static volatile long work;

  @Test
  void chargesAtLeastThisThreadsCpuTimeToEachOperation() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    CpuTimeProfiler profiler = new CpuTimeProfiler();
    profiler.beforeIteration(null, null);
    long threadStart = threads.getCurrentThreadCpuTime();
    long sink = 0;
    for (int i = 0; i < 20_000_000; i++) {
      sink += Integer.toString(i).hashCode();
    }
    long threadCpu = threads.getCurrentThreadCpuTime() - threadStart;
    work = sink;
    long ops = 40;
    Collection<? extends Result> results =
        profiler.afterIteration(null, null, iteration(ops));

    assertThat(results).hasSize(1);
    Result<?> cpu = results.iterator().next();
    assertThat(cpu).isInstanceOf(ScalarResult.class);
    assertThat(cpu.getLabel()).isEqualTo(CpuTimeProfiler.LABEL);
    assertThat(cpu.getScoreUnit()).isEqualTo("ns/op");
    // The clock sums every non-JIT thread of the process, this one included. schedstat of a
    // running thread lags by up to a scheduler tick, hence the 20 ms; the loop burns far more.
    assertThat(threadCpu).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(100));
    assertThat(cpu.getScore() * ops)
        .isGreaterThanOrEqualTo(threadCpu - (double) TimeUnit.MILLISECONDS.toNanos(20));
  }

  @Test
  void reportsNothingForAnIterationWithoutOperations() {
    CpuTimeProfiler profiler = new CpuTimeProfiler();
    profiler.beforeIteration(null, null);
    assertThat(profiler.afterIteration(null, null, iteration(0))).isEmpty();
  }

  @Test
  void measurementTakesTheMedianOfTheCpuSamplesAndItsIntervalInMicroseconds() {
    double[] cpuNanos = {4000, 4400, 3900, 4100, 4600, 3800};
    List<IterationResult> iterations = new ArrayList<>();
    for (double ns : cpuNanos) {
      IterationResult it = iteration(1000);
      it.addResult(new ScalarResult(CpuTimeProfiler.LABEL, ns, CpuTimeProfiler.UNIT,
          AggregationPolicy.AVG));
      iterations.add(it);
    }
    RunResult run = new RunResult(null, List.of(new BenchmarkResult(null, iterations)));

    Measurement m = Measurement.of("b", run.getPrimaryResult(),
        run.getSecondaryResults().get(CpuTimeProfiler.LABEL));

    // Six iterations are too few for a 99.9% interval of the median: it is the whole range.
    assertThat(m.samples()).isEqualTo(cpuNanos.length);
    assertThat(m.cpuScore()).isCloseTo(4.05, within());
    assertThat(m.cpuLow()).isCloseTo(3.8, within());
    assertThat(m.cpuHigh()).isCloseTo(4.6, within());
    assertThat(m.cpuError()).isCloseTo(0.55, within());
    // The wall score is the median of the primary results, which all equal here.
    assertThat(m.score()).isCloseTo(run.getPrimaryResult().getScore(), within());
  }

  @Test
  void measurementWithoutCpuSamplesHasNoCpuScore() {
    RunResult run = new RunResult(null,
        List.of(new BenchmarkResult(null, List.of(iteration(10), iteration(10)))));
    Measurement m = Measurement.of("b", run.getPrimaryResult(), null);
    assertThat(m.cpuScore()).isZero();
    assertThat(m.score()).isPositive();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  /** An iteration of {@code ops} operations taking 1 ms of wall time. */
  private static IterationResult iteration(long ops) {
    IterationResult it = new IterationResult(null, null, new IterationResultMetaData(ops, ops));
    it.addResult(new AverageTimeResult(ResultRole.PRIMARY, "b", Math.max(ops, 1), 1_000_000,
        TimeUnit.MICROSECONDS));
    return it;
  }
}
