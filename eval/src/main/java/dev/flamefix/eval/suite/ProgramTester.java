package dev.flamefix.eval.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.validator.benchmark.HarnessClassPath;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compiles a version of a program and runs the program's tests in a child JVM with a heap limit,
 * a per-test and an overall time limit, and a private temp directory. The code under test may be
 * untrusted optimizer output: {@code System.exit}, a hang or an out-of-memory error ends only the
 * child, and the tests it did not finish are reported as failed with the reason.
 */
public final class ProgramTester {

  /** One version of one program to test. */
  public record Version(EvalProgram program, String label, String source) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProgramCompiler compiler = new ProgramCompiler();
  private final Duration perTestTimeout;
  private final Duration childTimeout;
  private final int heapMegabytes;

  /** A tester with 10 s per test, 120 s per child JVM and a 256 MiB heap. */
  public ProgramTester() {
    this(Duration.ofSeconds(10), Duration.ofSeconds(120), 256);
  }

  /**
   * Creates a tester.
   *
   * @param perTestTimeout limit for one test call inside the child
   * @param childTimeout limit for the whole child JVM; it is killed after that
   * @param heapMegabytes maximum heap of the child JVM
   */
  public ProgramTester(Duration perTestTimeout, Duration childTimeout, int heapMegabytes) {
    if (perTestTimeout.isNegative() || perTestTimeout.isZero()
        || childTimeout.isNegative() || childTimeout.isZero() || heapMegabytes < 16) {
      throw new IllegalArgumentException("timeouts must be positive and the heap at least 16 MiB");
    }
    this.perTestTimeout = perTestTimeout;
    this.childTimeout = childTimeout;
    this.heapMegabytes = heapMegabytes;
  }

  /** Tests one version of a program in its own child JVM. */
  public ProgramTestReport test(EvalProgram program, String label, String source) {
    return testAll(List.of(new Version(program, label, source))).get(0);
  }

  /**
   * Tests several versions in one child JVM (each in its own class loader), which saves the JVM
   * start-up per version. Reports come back in the order of {@code versions}.
   */
  public List<ProgramTestReport> testAll(List<Version> versions) {
    Path work;
    try {
      work = Files.createTempDirectory("flamefix-eval-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return run(versions, work);
    } finally {
      deleteRecursively(work);
    }
  }

  private List<ProgramTestReport> run(List<Version> versions, Path work) {
    Map<String, ProgramTestReport> failedCompiles = new HashMap<>();
    List<ChildJob> jobs = new ArrayList<>();
    Map<String, Version> byKey = new LinkedHashMap<>();
    for (int i = 0; i < versions.size(); i++) {
      Version v = versions.get(i);
      String key = i + ":" + v.program().id() + ":" + v.label();
      byKey.put(key, v);
      Path classes = work.resolve("v" + i);
      Map<String, String> sources = new LinkedHashMap<>();
      sources.put(v.program().className(), v.source());
      ProgramCompiler.Result compiled = compiler.compile(sources, classes);
      if (!compiled.success()) {
        failedCompiles.put(key,
            new ProgramTestReport(v.program().id(), v.label(), false, compiled.diagnostics(), List.of()));
      } else {
        jobs.add(new ChildJob(key, classes.toString(), v.program().className(), v.program().tests()));
      }
    }
    Map<String, List<TestResult>> results = new HashMap<>();
    String childProblem = jobs.isEmpty() ? null : runChild(jobs, work, results);
    List<ProgramTestReport> reports = new ArrayList<>();
    for (Map.Entry<String, Version> entry : byKey.entrySet()) {
      String key = entry.getKey();
      Version v = entry.getValue();
      if (failedCompiles.containsKey(key)) {
        reports.add(failedCompiles.get(key));
        continue;
      }
      List<TestResult> got = results.getOrDefault(key, List.of());
      List<TestResult> complete = new ArrayList<>();
      for (int t = 0; t < v.program().tests().size(); t++) {
        final int index = t;
        TestResult r = got.stream().filter(x -> x.index() == index).findFirst().orElse(null);
        complete.add(r != null ? r : new TestResult(t, v.program().tests().get(t).method(), false,
            "not run: " + (childProblem == null ? "child JVM reported nothing" : childProblem)));
      }
      reports.add(new ProgramTestReport(v.program().id(), v.label(), true, "", complete));
    }
    return reports;
  }

  /** Runs the child; fills {@code results}; returns why it ended early, or null. */
  private String runChild(List<ChildJob> jobs, Path work, Map<String, List<TestResult>> results) {
    Path jobsFile = work.resolve("jobs.json");
    Path resultsFile = work.resolve("results.jsonl");
    Path log = work.resolve("child.log");
    Path tmp = work.resolve("tmp");
    try {
      Files.createDirectories(tmp);
      JSON.writeValue(jobsFile.toFile(), jobs);
      Files.createFile(resultsFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heapMegabytes + "m");
    command.add("-Xss1m");
    command.add("-XX:+UseSerialGC");
    // Tests are short; C1 alone starts faster and the child never benchmarks.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Djava.io.tmpdir=" + tmp);
    command.add("-cp");
    command.add(childClassPath());
    command.add(TestChildMain.class.getName());
    command.add(jobsFile.toString());
    command.add(resultsFile.toString());
    command.add(Long.toString(perTestTimeout.toMillis()));
    String problem = null;
    Process process;
    try {
      process = new ProcessBuilder(command)
          .directory(tmp.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the test child JVM", e);
    }
    try {
      if (!process.waitFor(childTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        problem = "child JVM killed after " + childTimeout.toSeconds() + " s";
      } else if (process.exitValue() != 0) {
        problem = "child JVM exited with code " + process.exitValue() + tail(log);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      problem = "interrupted";
    }
    try (Stream<String> lines = Files.lines(resultsFile, StandardCharsets.UTF_8)) {
      lines.filter(l -> !l.isBlank()).forEach(line -> {
        try {
          ChildResult r = JSON.readValue(line, ChildResult.class);
          results.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.toTestResult());
        } catch (IOException e) {
          // A line cut off by a kill is simply a test that did not finish.
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problem;
  }

  private static String tail(Path log) {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8).strip();
      if (text.isEmpty()) {
        return "";
      }
      return ": " + (text.length() > 500 ? "..." + text.substring(text.length() - 500) : text);
    } catch (IOException e) {
      return "";
    }
  }

  /** The jars and directories the child needs: this module and Jackson, nothing else. */
  static String childClassPath() {
    return HarnessClassPath.locate(TestChildMain.class.getName(), ObjectMapper.class.getName(),
            "com.fasterxml.jackson.core.JsonFactory",
            "com.fasterxml.jackson.annotation.JsonProperty")
        .stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Leftovers in the temp directory are harmless.
    }
  }
}
