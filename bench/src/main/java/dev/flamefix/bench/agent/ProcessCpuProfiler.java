package dev.flamefix.bench.agent;

import java.lang.management.ManagementFactory;
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
 * Reports the CPU time the whole forked JVM spent per benchmark operation ({@code cpu.ns/op}):
 * benchmark thread, GC, JIT and, when present, every agent thread and signal handler. On a busy
 * shared machine wall-clock throughput swings with everyone else's load; CPU spent per operation
 * swings much less, and it is exactly what a profiling agent adds.
 */
public final class ProcessCpuProfiler implements InternalProfiler {

  /** Label of the secondary result. */
  public static final String LABEL = "cpu.ns/op";

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long startCpu;

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    startCpu = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long cpu = os.getProcessCpuTime() - startCpu;
    long ops = Math.max(1, result.getMetadata().getAllOps());
    return List.of(new ScalarResult(LABEL, (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
  }
}
