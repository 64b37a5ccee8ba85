package dev.flamefix.validator.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Entry point of the benchmark child JVM that {@link JmhChild} starts: {@code BenchmarkMain
 * <task.json>}. Runs JMH (which forks again) with {@link CpuTimeProfiler} and writes one
 * {@link JmhChild.Score} per benchmark: JMH\'s primary score (wall time) and its aggregate of the
 * profiler\'s CPU time per operation.
 */
public final class BenchmarkMain {

  /**
   * What the child runs, as {@link JmhChild} writes it.
   *
   * @param include JMH's include pattern
   * @param params {@code @Param} values by name
   * @param forks JMH forks per benchmark
   * @param warmupIterations warm-up iterations per fork
   * @param warmupMillis length of each warm-up iteration
   * @param measurementIterations measured iterations per fork
   * @param measurementMillis length of each measured iteration
   * @param forkHeapMegabytes {@code -Xmx} of each fork
   * @param results where the scores go (JSON array)
   * @param log where JMH's progress goes, or {@code null} for standard output
   * @param jvm the {@code java} JMH forks with, or {@code null} for this JVM's
   */
  public record Task(String include, Map<String, List<String>> params, int forks,
      int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis,
      int forkHeapMegabytes, String results, String log, String jvm) {}

  private BenchmarkMain() {}

  /** Runs the benchmarks and writes the scores. */
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Task task = json.readValue(Path.of(args[0]).toFile(), Task.class);
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(task.include())
        .forks(task.forks())
        .warmupIterations(task.warmupIterations())
        .warmupTime(TimeValue.milliseconds(task.warmupMillis()))
        .measurementIterations(task.measurementIterations())
        .measurementTime(TimeValue.milliseconds(task.measurementMillis()))
        .mode(Mode.AverageTime)
        .timeUnit(TimeUnit.MICROSECONDS)
        .threads(1)
        .addProfiler(CpuTimeProfiler.class)
        .shouldFailOnError(true)
        .jvmArgs("-Xmx" + task.forkHeapMegabytes() + "m", "-Xss1m",
            "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
            "-Duser.home=" + System.getProperty("user.home"));
    task.params().forEach((name, values) -> options.param(name, values.toArray(String[]::new)));
    if (task.jvm() != null) {
      options.jvm(task.jvm());
    }
    if (task.log() != null) {
      options.output(task.log());
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    List<JmhChild.Score> scores = new ArrayList<>();
    for (RunResult run : results) {
      BenchmarkParams params = run.getParams();
      Map<String, String> values = new TreeMap<>();
      for (String key : params.getParamsKeys()) {
        values.put(key, params.getParam(key));
      }
      scores.add(new JmhChild.Score(values, Measurement.of(params.getBenchmark(), run.getPrimaryResult(),
          run.getSecondaryResults().get(CpuTimeProfiler.LABEL))));
    }
    json.writeValue(Path.of(task.results()).toFile(), scores);
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }
}
