package dev.flamefix.validator.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;

/**
 * Entry point of the benchmark child JVM: {@code BenchmarkMain <results.json> <include-regex>
 * <forks> <wi> <wms> <mi> <mms> <fork-heap-mb>}. Runs JMH (which forks again) with {@link
 * CpuTimeProfiler} and writes one {@link Measurement} per benchmark: JMH's primary score (wall
 * time) and its aggregate of the profiler's CPU time per operation.
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  /** Runs the benchmarks and writes the measurements. */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(args[1])
        .forks(Integer.parseInt(args[2]))
        .warmupIterations(Integer.parseInt(args[3]))
        .warmupTime(TimeValue.milliseconds(Long.parseLong(args[4])))
        .measurementIterations(Integer.parseInt(args[5]))
        .measurementTime(TimeValue.milliseconds(Long.parseLong(args[6])))
        .mode(Mode.AverageTime)
        .timeUnit(TimeUnit.MICROSECONDS)
        .threads(1)
        .addProfiler(CpuTimeProfiler.class)
        .shouldFailOnError(true)
        .jvmArgs("-Xmx" + args[7] + "m", "-Xss1m",
            "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
            "-Duser.home=" + System.getProperty("user.home"));
    Collection<RunResult> results = new Runner(options.build()).run();
    List<Measurement> measurements = new ArrayList<>();
    for (RunResult run : results) {
      measurements.add(Measurement.of(run.getParams().getBenchmark(), run.getPrimaryResult(),
          run.getSecondaryResults().get(CpuTimeProfiler.LABEL)));
    }
    new ObjectMapper().writeValue(out.toFile(), measurements);
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }
}
