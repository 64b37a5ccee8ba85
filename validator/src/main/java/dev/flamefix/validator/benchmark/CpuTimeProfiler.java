package dev.flamefix.validator.benchmark;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * JMH profiler that adds CPU time per operation ({@link CpuClock}) as a secondary result of every
 * iteration. JMH runs it inside each fork around each iteration and aggregates the measured
 * iterations' values with its own statistics, like the primary score, so the run result carries
 * the mean and its 99.9% confidence interval under {@link #LABEL}. Added with {@code
 * OptionsBuilder.addProfiler(CpuTimeProfiler.class)}; it must be on the fork's class path.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  /** Label of the secondary result, in nanoseconds per operation. */
  public static final String LABEL = "cpu.time";

  /** Unit of the secondary result. */
  public static final String UNIT = "ns/op";

  private long start;

  /** Created by JMH in the fork. */
  public CpuTimeProfiler() {}

  @Override
  public String getDescription() {
    return "CPU time per operation of the fork's threads except the JIT compilers";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    start = CpuClock.processCpuNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmark,
      IterationParams iteration, IterationResult result) {
    long cpu = CpuClock.processCpuNanos() - start;
    // All operations, not only the measured ones: the CPU window also covers the few calls JMH
    // makes while its threads start and stop.
    long ops = result.getMetadata().getAllOps();
    if (ops <= 0) {
      return List.of();
    }
    return List.of(new ScalarResult(LABEL, (double) cpu / ops, UNIT, AggregationPolicy.AVG));
  }
}
