package dev.flamefix.eval.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.validator.benchmark.HarnessClassPath;
import dev.flamefix.validator.compile.CompileError;
import dev.flamefix.validator.compile.InMemoryCompiler;
import dev.flamefix.validator.sandbox.ChildOutcome;
import dev.flamefix.validator.sandbox.ChildProfile;
import dev.flamefix.validator.sandbox.NetworkIsolation;
import dev.flamefix.validator.sandbox.ProcessResult;
import dev.flamefix.validator.sandbox.Sandbox;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compiles a version of a program with the validator's compiler and runs the program's tests in a
 * child JVM started by the validator's {@link Sandbox}: a heap limit, a per-test and an overall
 * time limit (the process tree is killed past it), a private temp directory, bounded captured
 * output and, where the OS allows, no network. The code under test may be untrusted optimizer
 * output: {@code System.exit}, a hang or an out-of-memory error ends only the child, and the tests
 * it did not finish are reported as failed with the reason. What runs inside the child, the suite's
 * tests and their JSON comparison, is {@link TestChildMain}.
 */
public final class ProgramTester {

  /** One version of one program to test. */
  public record Version(EvalProgram program, String label, String source) {

    /**
     * Compiles this version against the JDK alone (suite programs use nothing else) with the
     * validator's {@link InMemoryCompiler}.
     *
     * @param classes where the class files go
     * @param withWorkload whether to compile the program's workload class next to it
     * @return javac's errors, one per line; empty when it compiled
     */
    public String compile(Path classes, boolean withWorkload) {
      Map<String, String> sources = new LinkedHashMap<>();
      sources.put(program.className(), source);
      if (withWorkload) {
        sources.put(program.workloadClassName(), program.workloadSource());
      }
      return InMemoryCompiler.compile(sources, List.of(), classes).stream()
          .map(CompileError::toString)
          .collect(Collectors.joining("\n"));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Duration perTestTimeout;
  private final Duration childTimeout;
  private final int heapMegabytes;
  private final Sandbox sandbox;

  /**
   * A tester with 10 s per test, 120 s per child JVM, a 256 MiB heap and the network isolation
   * this machine allows.
   */
  public ProgramTester() {
    this(Duration.ofSeconds(10), Duration.ofSeconds(120), 256);
  }

  /**
   * Creates a tester whose children get the network isolation and confinement this machine allows
   * ({@link Sandbox#confined}).
   *
   * @param perTestTimeout limit for one test call inside the child
   * @param childTimeout limit for the whole child JVM; it is killed after that
   * @param heapMegabytes maximum heap of the child JVM
   */
  public ProgramTester(Duration perTestTimeout, Duration childTimeout, int heapMegabytes) {
    this(perTestTimeout, childTimeout, heapMegabytes,
        Sandbox.confined(NetworkIsolation.detect(), List.of()));
  }

  /**
   * Creates a tester.
   *
   * @param perTestTimeout limit for one test call inside the child
   * @param childTimeout limit for the whole child JVM; it is killed after that
   * @param heapMegabytes maximum heap of the child JVM
   * @param sandbox where the child runs
   */
  public ProgramTester(Duration perTestTimeout, Duration childTimeout, int heapMegabytes,
      Sandbox sandbox) {
    if (perTestTimeout.isNegative() || perTestTimeout.isZero()
        || childTimeout.isNegative() || childTimeout.isZero() || heapMegabytes < 16) {
      throw new IllegalArgumentException("timeouts must be positive and the heap at least 16 MiB");
    }
    this.perTestTimeout = perTestTimeout;
    this.childTimeout = childTimeout;
    this.heapMegabytes = heapMegabytes;
    this.sandbox = sandbox;
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
      String errors = v.compile(classes, false);
      if (!errors.isEmpty()) {
        failedCompiles.put(key,
            new ProgramTestReport(v.program().id(), v.label(), false, errors, List.of()));
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
    Path childDir = work.resolve("child");
    try {
      Files.createDirectories(childDir.resolve("tmp"));
      JSON.writeValue(jobsFile.toFile(), jobs);
      Files.createFile(resultsFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = Sandbox.javaCommand(heapMegabytes, childDir.resolve("tmp"),
        childClassPath(), TestChildMain.class.getName(),
        List.of(jobsFile.toString(), resultsFile.toString(),
            Long.toString(perTestTimeout.toMillis())));
    // The jobs name their classes directories under work, which the command line does not show.
    ProcessResult process = sandbox.run(ChildProfile.NO_PROCESSES, command, childDir,
        List.of(work), List.of(resultsFile), childTimeout, Map.of());
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
    return problem(process);
  }

  /** Why the child ended early, or null when it finished normally. */
  private String problem(ProcessResult process) {
    if (Thread.currentThread().isInterrupted()) {
      return "interrupted";
    }
    if (process.timedOut()) {
      return "child JVM killed after " + childTimeout.toSeconds() + " s";
    }
    if (process.exitCode() == 0) {
      return null;
    }
    ChildOutcome outcome = ChildOutcome.classify(process);
    String output = (process.stdout() + "\n" + process.stderr()).strip();
    return "child JVM exited with code " + process.exitCode()
        + (outcome == ChildOutcome.CRASHED ? "" : " (" + outcome + ")")
        + (output.isEmpty() ? "" : ": " + (output.length() > 500
            ? "..." + output.substring(output.length() - 500) : output));
  }

  /** The jars and directories the child needs: this module and Jackson, nothing else. */
  static List<Path> childClassPath() {
    return HarnessClassPath.locate(TestChildMain.class.getName(), ObjectMapper.class.getName(),
        "com.fasterxml.jackson.core.JsonFactory", "com.fasterxml.jackson.annotation.JsonProperty");
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Leftovers in the temp directory are harmless.
    }
  }
}
