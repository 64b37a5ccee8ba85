package dev.flamefix.eval.baseline;

import dev.flamefix.eval.suite.ProgramTester;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.benchmark.HarnessClassPath;
import dev.flamefix.validator.benchmark.JmhChild;
import dev.flamefix.validator.benchmark.Measurement;
import dev.flamefix.validator.sandbox.NetworkIsolation;
import dev.flamefix.validator.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Times versions of evaluation programs on their workloads with JMH, all in one JMH run so their
 * ratios share one harness and one machine load. Each version is compiled together with the
 * program's workload class by the validator's compiler and measured by {@link WorkloadBenchmark},
 * which picks the version through its {@code target} parameter. The run itself is the
 * validator's: {@link JmhChild} starts JMH in a sandboxed child JVM (heap and time limit, private
 * temp dir and JMH lock, no network where the OS allows) whose class path holds just this module
 * and the validator's harness, so it works the same from Maven, {@code java -cp} and a packaged
 * application that unpacks those jars.
 */
public final class WorkloadTimer {

  // JMH's forks build the workload input once per trial; a few of them hold large collections.
  private static final int HEAP_MEGABYTES = 1024;

  /**
   * JMH settings.
   *
   * @param forks JMH forks per version (at least 1: never measure in the harness JVM)
   * @param warmupIterations warm-up iterations per fork
   * @param iterations measured iterations per fork
   * @param iterationMillis length of each iteration
   */
  public record Settings(int forks, int warmupIterations, int iterations, long iterationMillis) {

    /** Validates the settings. */
    public Settings {
      if (forks < 1 || warmupIterations < 0 || iterations < 2 || iterationMillis < 10) {
        throw new IllegalArgumentException(
            "need forks >= 1, warm-up >= 0, iterations >= 2 (for an error bar), iteration >= 10 ms");
      }
    }

    /** One fork, 3 warm-up and 5 measured iterations of 200 ms. */
    public static Settings defaults() {
      return new Settings(1, 3, 5, 200);
    }

    /** The same as the validator's JMH settings (workloads build their own input). */
    BenchmarkSettings toBenchmarkSettings() {
      int millis = Math.toIntExact(iterationMillis);
      return new BenchmarkSettings(forks, warmupIterations, millis, iterations, millis, 1);
    }
  }

  /**
   * One measured version.
   *
   * @param programId the program
   * @param label the version's label
   * @param scoreNs JMH average time per workload call, ns
   * @param errorNs JMH's 99.9% confidence half-width, ns (NaN with a single measurement)
   */
  public record Timing(String programId, String label, double scoreNs, double errorNs) {}

  private final boolean quiet;

  /** A timer that prints JMH's progress to standard output once the run is over. */
  public WorkloadTimer() {
    this(false);
  }

  /**
   * @param quiet leave JMH's progress only in {@code jmh.log} in each run's work directory
   *     (always written) instead of also printing it to standard output afterwards, so a caller's
   *     own output, e.g. {@code flamefix eval}'s, stays readable
   */
  public WorkloadTimer(boolean quiet) {
    this.quiet = quiet;
  }

  /**
   * Compiles and times every version.
   *
   * @param versions what to time (source = the program class; its workload is added)
   * @param settings JMH settings
   * @param workDir where compiled classes, the child's temp dir and {@code jmh.log} go
   * @return one timing per version, in order
   * @throws IllegalStateException when a version does not compile or JMH fails
   */
  public List<Timing> time(List<ProgramTester.Version> versions, Settings settings, Path workDir) {
    Map<String, ProgramTester.Version> byTarget = new LinkedHashMap<>();
    for (int i = 0; i < versions.size(); i++) {
      ProgramTester.Version v = versions.get(i);
      Path classes = workDir.resolve("classes").resolve(v.program().id())
          .resolve(i + "-" + safe(v.label())).toAbsolutePath();
      String errors = v.compile(classes, true);
      if (!errors.isEmpty()) {
        throw new IllegalStateException(
            v.program().id() + " [" + v.label() + "] does not compile:\n" + errors);
      }
      byTarget.put(classes + "|" + v.program().workloadClassName(), v);
    }
    List<Path> classPath = new ArrayList<>(HarnessClassPath.locate(WorkloadBenchmark.class.getName()));
    classPath.addAll(HarnessClassPath.runtime());
    JmhChild.Job job = new JmhChild.Job(
        Pattern.quote(WorkloadBenchmark.class.getName()) + "\\.run$",
        Map.of("target", List.copyOf(byTarget.keySet())), byTarget.size(),
        settings.toBenchmarkSettings(), true);
    JmhChild.Run run = new JmhChild(Sandbox.confined(NetworkIsolation.detect(), List.of()),
        HEAP_MEGABYTES)
        .run(job, classPath, workDir);
    if (!quiet) {
      printLog(run.log());
    }
    Map<String, Measurement> byParam = new HashMap<>();
    for (JmhChild.Score score : run.scores()) {
      byParam.put(score.params().get("target"), score.measurement());
    }
    List<Timing> ordered = new ArrayList<>();
    for (Map.Entry<String, ProgramTester.Version> entry : byTarget.entrySet()) {
      Measurement m = byParam.get(entry.getKey());
      if (m == null) {
        throw new IllegalStateException("JMH run failed for " + entry.getKey() + ": " + run.failure());
      }
      ProgramTester.Version v = entry.getValue();
      // The validator's JMH child reports microseconds per operation.
      ordered.add(new Timing(v.program().id(), v.label(), m.score() * 1000, m.error() * 1000));
    }
    return ordered;
  }

  private static void printLog(Path log) {
    try {
      if (Files.exists(log)) {
        System.out.print(Files.readString(log, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String safe(String label) {
    return label.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
