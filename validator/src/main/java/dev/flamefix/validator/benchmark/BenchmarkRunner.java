package dev.flamefix.validator.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.validator.compile.CompileError;
import dev.flamefix.validator.compile.SideBySideCompiler;
import dev.flamefix.validator.compile.SourceUnit;
import dev.flamefix.validator.sandbox.ProcessResult;
import dev.flamefix.validator.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Host side of the JMH stage: generates one benchmark class per pair, compiles them all with JMH's
 * annotation processor, runs them in one sandboxed child JVM (JMH forks from there), and pairs
 * the measurements up. Batching many pairs into one run keeps javac and JVM start-up off the
 * per-pair cost.
 */
public final class BenchmarkRunner {

  /** Allowance for starting one JMH fork under load, on top of the settings' estimate. */
  private static final long FORK_START_MILLIS = 5_000;

  private final Sandbox sandbox;
  private final int heapMegabytes;
  private final List<Path> processorPath;
  private final TimeMetric metric;
  private final ObjectMapper json = new ObjectMapper();

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
    try {
      Path benchClasses = workDir.resolve("bench-classes");
      List<SourceUnit> sources = new ArrayList<>();
      for (BenchmarkPair pair : pairs) {
        sources.add(new SourceUnit(pair.owner(), "benchmark",
            BenchmarkSource.PACKAGE + "." + pair.className(),
            BenchmarkSource.of(pair, taskFile.toAbsolutePath().toString(), settings.inputSize()),
            BenchmarkSource.PACKAGE + "." + pair.className()));
      }
      List<Path> compileClassPath = new ArrayList<>(classPath);
      compileClassPath.addAll(processorPath);
      Map<String, List<CompileError>> errors =
          SideBySideCompiler.compile(sources, compileClassPath, benchClasses, processorPath);
      if (!errors.isEmpty()) {
        List<CompileError> all = errors.values().stream().flatMap(List::stream).toList();
        return new Run(Map.of(), null, all, "");
      }
      List<Path> childClassPath = new ArrayList<>();
      childClassPath.add(benchClasses);
      childClassPath.addAll(classPath);
      String include = BenchmarkSource.PACKAGE.replace(".", "\\.") + "\\.("
          + pairs.stream().map(BenchmarkPair::className).collect(Collectors.joining("|"))
          + ")\\..*";
      Path results = workDir.resolve("jmh-results.json");
      Path tmp = workDir.resolve("jmh-tmp");
      Files.createDirectories(tmp);
      List<String> command = Sandbox.javaCommand(heapMegabytes, tmp, childClassPath,
          BenchmarkMain.class.getName(),
          List.of(results.toString(), include, String.valueOf(settings.forks()),
              String.valueOf(settings.warmupIterations()), String.valueOf(settings.warmupMillis()),
              String.valueOf(settings.measurementIterations()),
              String.valueOf(settings.measurementMillis()), String.valueOf(heapMegabytes)));
      // A safety net against hangs, not an estimate: twice the expected time, plus time for each
      // fork to start, which on a busy machine takes seconds rather than the estimate's 0.6 s.
      Duration limit = Duration.ofMillis(20_000 + 2L * pairs.size()
          * (settings.estimatedMillisPerBenchmark() * 2 + settings.forks() * FORK_START_MILLIS));
      ProcessResult process = sandbox.run(command, workDir.resolve("jmh-work"), limit, Map.of());
      Map<String, Measurement> byName = new HashMap<>();
      if (Files.exists(results)) {
        for (Measurement m : json.readValue(results.toFile(), Measurement[].class)) {
          byName.put(m.benchmark(), m);
        }
      }
      Map<BenchmarkPair, PairResult> out = new LinkedHashMap<>();
      for (BenchmarkPair pair : pairs) {
        String prefix = BenchmarkSource.PACKAGE + "." + pair.className() + ".";
        Measurement original = byName.get(prefix + "original");
        Measurement candidate = byName.get(prefix + "candidate");
        if (original == null || candidate == null) {
          String why = process.timedOut() ? "JMH run timed out after " + limit.toSeconds() + " s"
              : "JMH produced no result (exit " + process.exitCode() + "): "
                  + lastLines(process.stdout() + "\n" + process.stderr(), 12);
          out.put(pair, new PairResult(pair, original, candidate, metric, 0, true, 0, why));
        } else {
          out.put(pair, PairResult.compare(pair, original, candidate, metric));
        }
      }
      return new Run(out, process, List.of(), String.join(" ", command));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String lastLines(String text, int n) {
    List<String> lines = Arrays.asList(text.strip().split("\n"));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
  }
}
