package dev.flamefix.validator.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.validator.sandbox.ChildProfile;
import dev.flamefix.validator.sandbox.ProcessResult;
import dev.flamefix.validator.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs already compiled JMH benchmarks in one sandboxed child JVM ({@link BenchmarkMain}; JMH
 * forks again from there), with the heap limit, private temp dir, time limit, network isolation
 * and confinement of the {@link Sandbox} (the forks, where the benchmarked code runs, start from
 * {@link dev.flamefix.validator.sandbox.Confinement#forkJvm()} and may start no process), and
 * reads the measurements back. The child's private temp dir
 * also gives it its own JMH lock file, so runs on one machine never wait for each other.
 *
 * <p>The validator's JMH stage ({@link BenchmarkRunner}) and the evaluation suite's workload
 * timings both run JMH through here.
 */
public final class JmhChild {

  /** Name of JMH's progress log in the work directory when {@link Job#logToFile()} is set. */
  public static final String LOG_FILE = "jmh.log";

  private final Sandbox sandbox;
  private final int heapMegabytes;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param sandbox where the child runs
   * @param heapMegabytes {@code -Xmx} of the child and of each JMH fork
   */
  public JmhChild(Sandbox sandbox, int heapMegabytes) {
    this.sandbox = sandbox;
    this.heapMegabytes = heapMegabytes;
  }

  /**
   * What to run. Mode, unit and threads are fixed: average time per operation in microseconds,
   * one thread.
   *
   * @param include regular expression of the benchmark methods, as JMH's {@code include}
   * @param params JMH {@code @Param} values by parameter name (empty for none): every value is a
   *     benchmark of its own
   * @param benchmarks how many benchmarks {@code include} and {@code params} make together; sets
   *     the time limit with {@link BenchmarkSettings#timeLimit(int, double)} at the machine's
   *     current load
   * @param settings forks and iterations ({@link BenchmarkSettings#inputSize()} is not used here)
   * @param logToFile write JMH's progress to {@value #LOG_FILE} in the work directory rather than
   *     to the child's (bounded, captured) standard output
   */
  public record Job(String include, Map<String, List<String>> params, int benchmarks,
      BenchmarkSettings settings, boolean logToFile) {

    /** Copies the parameters. */
    public Job {
      params = Map.copyOf(params);
    }
  }

  /**
   * One benchmark's result.
   *
   * @param params the {@code @Param} values it ran with (empty for none)
   * @param measurement its numbers (wall time; CPU fields zero)
   */
  public record Score(Map<String, String> params, Measurement measurement) {}

  /**
   * A finished run.
   *
   * @param scores one per benchmark that produced a result
   * @param process how the child ended and what it printed
   * @param command the child's command line, for reports
   * @param limit the wall-clock limit it ran under
   * @param log JMH's progress log when {@link Job#logToFile()} was set, else {@code null}
   */
  public record Run(List<Score> scores, ProcessResult process, String command, Duration limit,
      Path log) {

    /** Why a benchmark has no score: the time limit, or the last lines JMH and the child wrote. */
    public String failure() {
      if (process.timedOut()) {
        return "JMH run timed out after " + limit.toSeconds() + " s (the limit grows with machine load"
            + " up to " + (int) BenchmarkSettings.MAX_LOAD_SCALE + "x; rerun on a quieter machine)";
      }
      String output = process.stdout();
      if (log != null && Files.exists(log)) {
        try {
          output = Files.readString(log, StandardCharsets.UTF_8) + "\n" + output;
        } catch (IOException e) {
          output += "\n(cannot read " + log + ": " + e.getMessage() + ")";
        }
      }
      return "JMH produced no result (exit " + process.exitCode() + "): "
          + lastLines(output + "\n" + process.stderr(), 12);
    }
  }

  /**
   * Runs the job.
   *
   * @param classPath class path of the child: the compiled benchmarks (with their
   *     {@code META-INF/BenchmarkList}), what they call, and {@link HarnessClassPath#runtime()}
   * @param workDir scratch directory of this run (results, temp dir, log)
   */
  public Run run(Job job, List<Path> classPath, Path workDir) {
    try {
      Path results = workDir.resolve("jmh-results.json").toAbsolutePath();
      Path log = job.logToFile() ? workDir.resolve(LOG_FILE).toAbsolutePath() : null;
      Path tmp = tempDir(workDir);
      Files.createDirectories(tmp);
      Files.deleteIfExists(results);
      BenchmarkSettings s = job.settings();
      Path jobFile = workDir.resolve("jmh-job.json");
      json.writeValue(jobFile.toFile(), new BenchmarkMain.Task(job.include(), job.params(),
          s.forks(), s.warmupIterations(), s.warmupMillis(), s.measurementIterations(),
          s.measurementMillis(), heapMegabytes, results.toString(),
          log == null ? null : log.toString(),
          sandbox.confinement().forkJvm().map(Path::toString).orElse(null)));
      List<String> command = Sandbox.javaCommand(heapMegabytes, tmp, classPath,
          BenchmarkMain.class.getName(), List.of(jobFile.toAbsolutePath().toString()));
      Duration limit = s.timeLimit(job.benchmarks(), MachineLoad.perCore());
      List<Path> writable = new ArrayList<>(List.of(tmp, results));
      if (log != null) {
        writable.add(log);
      }
      // The run's directory is readable: callers keep compiled classes there that a benchmark
      // parameter, not the command line, names.
      ProcessResult process = sandbox.run(ChildProfile.JMH_HOST, command,
          workDir.resolve("jmh-work"), List.of(workDir), writable, limit, Map.of());
      // The sandbox creates the results file empty so that it can be mounted writable.
      List<Score> scores = Files.exists(results) && Files.size(results) > 0
          ? Arrays.asList(json.readValue(results.toFile(), Score[].class))
          : List.of();
      return new Run(List.copyOf(scores), process, String.join(" ", command), limit, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The private temp directory ({@code java.io.tmpdir}) of the child and its forks. */
  public static Path tempDir(Path workDir) {
    return workDir.resolve("jmh-tmp");
  }

  private static String lastLines(String text, int n) {
    List<String> lines = Arrays.asList(text.strip().split("\n"));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
  }
}
