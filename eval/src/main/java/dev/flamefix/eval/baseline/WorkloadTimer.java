package dev.flamefix.eval.baseline;

import dev.flamefix.eval.suite.ProgramCompiler;
import dev.flamefix.eval.suite.ProgramTester;
import dev.flamefix.validator.benchmark.HarnessClassPath;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Times versions of evaluation programs on their workloads with JMH, all in one JMH run so their
 * ratios share one harness and one machine load. Each version is compiled together with the
 * program's workload class and measured in a forked JVM by {@link WorkloadBenchmark}.
 *
 * <p>JMH starts its forks with this JVM's {@code java.class.path}. Inside a packaged application
 * (the server's {@code flamefix eval}, a Spring Boot jar) that is the outer jar, whose main class
 * is a launcher, so for the duration of a run the property names just what a fork needs: this
 * module and jmh-core with its dependencies, as files (the server unpacks them).
 */
public final class WorkloadTimer {

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

  private final ProgramCompiler compiler = new ProgramCompiler();
  private final boolean quiet;

  /** A timer that prints JMH's progress to standard output, as JMH does. */
  public WorkloadTimer() {
    this(false);
  }

  /**
   * @param quiet write JMH's progress to {@code jmh.log} in each run's work directory instead of
   *     standard output (so a caller's own output, e.g. {@code flamefix eval}'s, stays readable)
   */
  public WorkloadTimer(boolean quiet) {
    this.quiet = quiet;
  }

  /**
   * Compiles and times every version.
   *
   * @param versions what to time (source = the program class; its workload is added)
   * @param settings JMH settings
   * @param workDir where compiled classes and the forks' temp dir go
   * @return one timing per version, in order
   * @throws IllegalStateException when a version does not compile or JMH fails
   */
  public List<Timing> time(List<ProgramTester.Version> versions, Settings settings, Path workDir) {
    Map<String, ProgramTester.Version> byTarget = new LinkedHashMap<>();
    for (int i = 0; i < versions.size(); i++) {
      ProgramTester.Version v = versions.get(i);
      Path classes = workDir.resolve("classes").resolve(v.program().id()).resolve(i + "-" + safe(v.label()));
      Map<String, String> sources = new LinkedHashMap<>();
      sources.put(v.program().className(), v.source());
      sources.put(v.program().workloadClassName(), v.program().workloadSource());
      ProgramCompiler.Result compiled = compiler.compile(sources, classes);
      if (!compiled.success()) {
        throw new IllegalStateException(
            v.program().id() + " [" + v.label() + "] does not compile:\n" + compiled.diagnostics());
      }
      byTarget.put(classes + "|" + v.program().workloadClassName(), v);
    }
    Path tmp;
    try {
      tmp = Files.createDirectories(workDir.resolve("tmp"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    OptionsBuilder options = new OptionsBuilder();
    options.include(Pattern.quote(WorkloadBenchmark.class.getName()) + "\\.run$")
        .param("target", byTarget.keySet().toArray(String[]::new))
        .forks(settings.forks())
        .warmupIterations(settings.warmupIterations())
        .warmupTime(TimeValue.milliseconds(settings.iterationMillis()))
        .measurementIterations(settings.iterations())
        .measurementTime(TimeValue.milliseconds(settings.iterationMillis()))
        .jvmArgsAppend("-Xmx1g", "-Djava.io.tmpdir=" + tmp)
        .shouldFailOnError(true);
    if (quiet) {
      options.output(workDir.resolve("jmh.log").toString());
    }
    Map<String, Timing> results = new HashMap<>();
    String classPath = System.getProperty("java.class.path");
    System.setProperty("java.class.path", forkClassPath());
    try {
      for (RunResult rr : new Runner(options.build()).run()) {
        String target = rr.getParams().getParam("target");
        ProgramTester.Version v = byTarget.get(target);
        Result<?> primary = rr.getPrimaryResult();
        results.put(target, new Timing(v.program().id(), v.label(), primary.getScore(), primary.getScoreError()));
      }
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH run failed: " + e.getMessage(), e);
    } finally {
      System.setProperty("java.class.path", classPath);
    }
    List<Timing> ordered = new ArrayList<>();
    for (String target : byTarget.keySet()) {
      Timing t = results.get(target);
      if (t == null) {
        throw new IllegalStateException("JMH reported nothing for " + target);
      }
      ordered.add(t);
    }
    return ordered;
  }

  /** What a JMH fork of {@link WorkloadBenchmark} loads: this module, JMH and its dependencies. */
  private static String forkClassPath() {
    return HarnessClassPath.locate(WorkloadBenchmark.class.getName(),
            "org.openjdk.jmh.runner.ForkedMain", "joptsimple.OptionParser",
            "org.apache.commons.math3.stat.descriptive.StatisticalSummary")
        .stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static String safe(String label) {
    return label.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
