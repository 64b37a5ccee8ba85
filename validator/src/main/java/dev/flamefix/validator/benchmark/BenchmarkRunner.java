package dev.flamefix.validator.benchmark;

import dev.flamefix.validator.compile.CompileError;
import dev.flamefix.validator.compile.InMemoryCompiler;
import dev.flamefix.validator.compile.SourceUnit;
import dev.flamefix.validator.differential.BenchmarkFixture;
import dev.flamefix.validator.differential.BenchmarkTasks;
import dev.flamefix.validator.sandbox.ProcessResult;
import dev.flamefix.validator.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Host side of the JMH stage: generates one benchmark class per pair, compiles them all with JMH's
 * annotation processor, runs them in one sandboxed child JVM ({@link JmhChild}; JMH forks from
 * there), adds the CPU time the benchmarks recorded, and pairs the measurements up. Batching
 * many pairs into one run keeps javac and JVM start-up off the per-pair cost.
 */
public final class BenchmarkRunner {

  /** Allowance for starting one JMH fork under load, on top of the settings' estimate. */

  private final Sandbox sandbox;
  private final int heapMegabytes;
  private final List<Path> processorPath;
  private final TimeMetric metric;

  /**
   * @param sandbox where the JMH child runs
   * @param heapMegabytes heap of the child and of JMH's forks
   * @param processorPath jars of jmh-generator-annprocess and jmh-core
   * @param metric the time the acceptance numbers are based on
   */
  public BenchmarkRunner(Sandbox sandbox, int heapMegabytes, List<Path> processorPath,
      TimeMetric metric) {
    this.metric = metric;
    this.sandbox = sandbox;
    this.heapMegabytes = heapMegabytes;
    this.processorPath = List.copyOf(processorPath);
  }

  /** The result of a JMH stage: one entry per pair, plus what the child printed. */
  public record Run(Map<BenchmarkPair, PairResult> results, ProcessResult process,
      List<CompileError> compileErrors, String command) {}

  /**
   * Benchmarks every pair.
   *
   * @param classPath class path of the child: compiled classes, project, harness
   * @param taskFile the differential task file the fixtures read
   */
  public Run run(List<BenchmarkPair> pairs, Path taskFile, List<Path> classPath, Path workDir,
      BenchmarkSettings settings) {
    Path benchClasses = workDir.resolve("bench-classes");
    // The confined child sees only what its command names: the class path carries the fixtures.
    Path fixtureTasks = benchClasses.resolve("flamefix-tasks.json");
    try {
      Files.createDirectories(benchClasses);
      BenchmarkTasks.copy(taskFile, fixtureTasks);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + taskFile, e);
    }
    List<SourceUnit> sources = new ArrayList<>();
    for (BenchmarkPair pair : pairs) {
      sources.add(new SourceUnit(pair.owner(), "benchmark",
          BenchmarkSource.PACKAGE + "." + pair.className(),
          BenchmarkSource.of(pair, fixtureTasks.toAbsolutePath().toString(),
              settings.inputSize()),
          BenchmarkSource.PACKAGE + "." + pair.className()));
    }
    List<Path> compileClassPath = new ArrayList<>(classPath);
    compileClassPath.addAll(processorPath);
    Map<String, List<CompileError>> errors =
        InMemoryCompiler.compile(sources, compileClassPath, benchClasses, processorPath);
    if (!errors.isEmpty()) {
      List<CompileError> all = errors.values().stream().flatMap(List::stream).toList();
      return new Run(Map.of(), null, all, "");
    }
    List<Path> childClassPath = new ArrayList<>();
    childClassPath.add(benchClasses);
    childClassPath.addAll(classPath);
    String classes = BenchmarkSource.PACKAGE.replace(".", "\\.") + "\\.("
        + pairs.stream().map(BenchmarkPair::className).collect(Collectors.joining("|"))
        + ")\\.";
    JmhChild child = new JmhChild(sandbox, heapMegabytes);
    // The fixture sizes the inputs in whichever fork loads it first, running the original
    // thousands of times: in the candidate's fork (JMH runs it first) that left the original's
    // profile in shared code (stream pipelines, method-handle adapters) and measured clearly
    // faster candidates as several times slower. A run of its own sizes them first; the measured
    // forks then only read the kept size. If it fails, the measured forks size as before.
    child.run(new JmhChild.Job(classes + BenchmarkSource.SIZING + "$", Map.of(), pairs.size(),
        BenchmarkSettings.sizingOnly(settings.inputSize()), false), childClassPath, workDir);
    JmhChild.Run jmh = child.run(
        new JmhChild.Job(classes + "(original|candidate)$", Map.of(), 2 * pairs.size(),
            settings, false),
        childClassPath, workDir);
    Map<String, Measurement> byName = new HashMap<>();
    for (JmhChild.Score score : jmh.scores()) {
      byName.put(score.measurement().benchmark(), score.measurement());
    }
    Map<BenchmarkPair, PairResult> out = new LinkedHashMap<>();
    for (BenchmarkPair pair : pairs) {
      String prefix = BenchmarkSource.PACKAGE + "." + pair.className() + ".";
      Measurement original = byName.get(prefix + "original");
      Measurement candidate = byName.get(prefix + "candidate");
      if (original == null || candidate == null) {
        out.put(pair, new PairResult(pair, original, candidate, metric, 0, true, 0,
            jmh.failure(), 0));
      } else {
        out.put(pair, PairResult.compare(pair, original, candidate, metric)
            .withInputSize(inputSize(workDir, pair)));
      }
    }
    return new Run(out, jmh.process(), List.of(), jmh.command());
  }

  /** The input size the fixture chose for {@code pair} in the JMH child, or 0 if none is kept. */
  private static int inputSize(Path workDir, BenchmarkPair pair) {
    Path file = BenchmarkFixture.sizeFile(JmhChild.tempDir(workDir), pair.taskIndex(),
        pair.methodIndex());
    try {
      return Files.exists(file) ? Integer.parseInt(Files.readString(file).strip()) : 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }
}
