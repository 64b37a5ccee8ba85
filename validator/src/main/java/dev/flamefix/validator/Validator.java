package dev.flamefix.validator;

import dev.flamefix.validator.benchmark.BenchmarkPair;
import dev.flamefix.validator.benchmark.BenchmarkRunner;
import dev.flamefix.validator.benchmark.HarnessClassPath;
import dev.flamefix.validator.benchmark.PairResult;
import dev.flamefix.validator.benchmark.SpeedupRule;
import dev.flamefix.validator.compile.Capabilities;
import dev.flamefix.validator.compile.ClassRenamer;
import dev.flamefix.validator.compile.CompileError;
import dev.flamefix.validator.compile.CompileResult;
import dev.flamefix.validator.compile.Literals;
import dev.flamefix.validator.compile.InMemoryCompiler;
import dev.flamefix.validator.compile.SourceUnit;
import dev.flamefix.validator.coverage.ChangedLines;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.validator.differential.Counterexample;
import dev.flamefix.validator.differential.DifferentialResult;
import dev.flamefix.validator.differential.DifferentialRunner;
import dev.flamefix.validator.differential.DifferentialTask;
import dev.flamefix.validator.patch.UnifiedDiff;
import dev.flamefix.validator.precondition.Preconditions;
import dev.flamefix.validator.sandbox.Confinement;
import dev.flamefix.validator.sandbox.NetworkIsolation;
import dev.flamefix.validator.sandbox.Sandbox;
import dev.flamefix.validator.tests.ProjectTestRunner;
import dev.flamefix.validator.tests.TestRunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides whether a candidate rewrite may be proposed: compile side by side, run the project's
 * tests, differential testing against the original in a sandboxed child JVM, then JMH. Accepts
 * only when every check passed and the candidate is at least {@code minSpeedup} faster with
 * (by default) disjoint 99.9% confidence intervals.
 *
 * <p>Candidate code never runs in this JVM; it is only parsed and compiled here.
 * {@link #validateAll} shares compilation, one differential child and one JMH run across many
 * candidates, which is how batches (evaluation, soundness tests) stay fast.
 */
public final class Validator {

  private static final String SUFFIX = "__candidate";

  private final ValidationOptions options;
  private final Sandbox sandbox;

  /** A validator with {@code options}. */
  public Validator(ValidationOptions options) {
    this.options = Objects.requireNonNull(options);
    NetworkIsolation network = options.isolateNetwork() ? NetworkIsolation.detect()
        : NetworkIsolation.disabled("network isolation switched off by configuration");
    List<Path> privateDirs = new ArrayList<>(options.privateDirs());
    privateDirs.add(options.workDir());
    this.sandbox = new Sandbox(network, options.confine() ? Confinement.detect()
        : Confinement.disabled("NOT confined: switched off by configuration"), privateDirs);
  }

  /** A validator with the default options. */
  public Validator() {
    this(ValidationOptions.defaults());
  }

  /** The options in force. */
  public ValidationOptions options() {
    return options;
  }

  /** Validates one candidate. */
  public Verdict validate(ValidationRequest request) {
    return validate(request, ProgressListener.NONE);
  }

  /** Validates one candidate, reporting progress. */
  public Verdict validate(ValidationRequest request, ProgressListener listener) {
    return validateAll(List.of(request), listener).get(0);
  }

  /**
   * Validates many candidates, sharing child JVMs and one JMH run among those whose originals do
   * not conflict. Verdicts come back in request order.
   */
  public List<Verdict> validateAll(List<ValidationRequest> requests, ProgressListener listener) {
    long start = System.nanoTime();
    if (requests.stream().map(ValidationRequest::id).distinct().count() != requests.size()) {
      throw new IllegalArgumentException("request ids must be unique");
    }
    Path root;
    try {
      Files.createDirectories(options.workDir());
      root = Files.createTempDirectory(options.workDir(), "flamefix-validate-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create work dir under " + options.workDir(), e);
    }
    try {
      Map<String, Verdict> verdicts = new LinkedHashMap<>();
      List<List<Job>> groups = group(requests, verdicts, listener, start);
      for (int g = 0; g < groups.size(); g++) {
        runGroup(groups.get(g), root.resolve("group-" + g), verdicts, listener, start);
      }
      return requests.stream().map(r -> verdicts.get(r.id())).toList();
    } finally {
      if (!options.keepWorkDir()) {
        deleteTree(root);
      }
    }
  }

  /** One request on its way through the stages. */
  private static final class Job {
    final ValidationRequest request;
    final String candidateName;
    final String renamedSource;
    final String diff;
    /** The compared methods' preconditions, or {@code null} when none has one. */
    Preconditions.Checks checks;
    CompileResult compile;
    TestRunResult tests;
    DifferentialResult differential;
    int taskIndex = -1;

    Job(ValidationRequest request, String candidateName, String renamedSource, String diff) {
      this.request = request;
      this.candidateName = candidateName;
      this.renamedSource = renamedSource;
      this.diff = diff;
    }
  }

  private List<List<Job>> group(List<ValidationRequest> requests, Map<String, Verdict> verdicts,
      ProgressListener listener, long start) {
    List<List<Job>> groups = new ArrayList<>();
    List<Map<String, String>> originalsPerGroup = new ArrayList<>();
    List<List<Path>> classPathPerGroup = new ArrayList<>();
    for (ValidationRequest r : requests) {
      String diff = UnifiedDiff.of(r.diffPath(), r.originalSource(), r.candidateSource());
      String problem = checkSources(r);
      if (problem != null) {
        CompileResult compile = new CompileResult(false,
            List.of(new CompileError("candidate", -1, -1, problem)), "");
        emit(listener, r.id(), Stage.COMPILE, "failed", problem, start);
        verdicts.put(r.id(), verdict(r, false, "does not compile: " + problem, Stage.COMPILE,
            compile, null, null, null, diff, start));
        continue;
      }
      int g = 0;
      while (g < groups.size()
          && (!classPathPerGroup.get(g).equals(r.classPath())
              || !originalsPerGroup.get(g).getOrDefault(r.className(), r.originalSource())
                  .equals(r.originalSource()))) {
        g++;
      }
      if (g == groups.size()) {
        groups.add(new ArrayList<>());
        originalsPerGroup.add(new LinkedHashMap<>());
        classPathPerGroup.add(r.classPath());
      }
      originalsPerGroup.get(g).put(r.className(), r.originalSource());
      groups.get(g).add(new Job(r, null, null, diff));
    }
    // Names are given per group so a single request gets the plain suffix.
    List<List<Job>> named = new ArrayList<>();
    for (List<Job> group : groups) {
      List<Job> jobs = new ArrayList<>();
      for (int i = 0; i < group.size(); i++) {
        ValidationRequest r = group.get(i).request;
        String simple = r.simpleName() + SUFFIX + (group.size() > 1 ? String.valueOf(i) : "");
        String renamed = ClassRenamer.rename(r.candidateSource(), r.simpleName(), simple);
        String binary = r.packageName().isEmpty() ? simple : r.packageName() + "." + simple;
        Job job = new Job(r, binary, renamed, group.get(i).diff);
        try {
          // Not named like the class: the coverage agent instruments Foo, Foo$* and Foo__*.
          job.checks = Preconditions.plan(r, r.simpleName() + "FlamefixPrecondition" + i).orElse(null);
        } catch (IllegalArgumentException e) {
          String why = "does not compile: " + e.getMessage();
          emit(listener, r.id(), Stage.COMPILE, "failed", why, start);
          verdicts.put(r.id(), verdict(r, false, why, Stage.COMPILE, new CompileResult(false,
              List.of(new CompileError("precondition", -1, -1, e.getMessage())), ""), null, null, null,
              job.diff, start));
          continue;
        }
        jobs.add(job);
      }
      named.add(jobs);
    }
    return named;
  }

  /** Parse-level problems, phrased for the report; {@code null} when the sources look right. */
  private static String checkSources(ValidationRequest r) {
    for (String side : List.of("original", "candidate")) {
      String source = side.equals("original") ? r.originalSource() : r.candidateSource();
      String pkg;
      try {
        pkg = ClassRenamer.packageOf(source);
      } catch (IllegalArgumentException e) {
        return side + " does not parse: " + firstLine(e.getMessage());
      }
      if (!pkg.equals(r.packageName())) {
        return side + " declares package '" + pkg + "', expected '" + r.packageName() + "'";
      }
      boolean declares = ClassRenamer.parse(source).getTypes().stream()
          .anyMatch(t -> t.getNameAsString().equals(r.simpleName()));
      if (!declares) {
        return side + " declares no top-level type " + r.simpleName();
      }
    }
    return null;
  }

  private void runGroup(List<Job> jobs, Path dir, Map<String, Verdict> verdicts,
      ProgressListener listener, long start) {
    if (jobs.isEmpty()) {
      return;
    }
    List<Path> projectClassPath = jobs.get(0).request.classPath();
    Path classes = dir.resolve("classes");
    List<Job> alive = compile(jobs, classes, projectClassPath, verdicts, listener, start);

    List<Job> tested = new ArrayList<>();
    ProjectTestRunner testRunner = new ProjectTestRunner(sandbox);
    for (Job job : alive) {
      ValidationRequest r = job.request;
      if (r.projectDir() == null) {
        job.tests = TestRunResult.skipped("no project directory or test command given");
        tested.add(job);
        continue;
      }
      emit(listener, r.id(), Stage.TESTS, "started", String.join(" ", r.testCommand()), start);
      job.tests = testRunner.run(r.projectDir(), r.testCommand(), r.className(),
          r.candidateSource(), dir.resolve("tests-" + safe(r.id())), options.testTimeLimit());
      if (job.tests.passed()) {
        emit(listener, r.id(), Stage.TESTS, "passed", job.tests.tests().size() + " tests", start);
        tested.add(job);
      } else {
        String why = testFailure(job.tests);
        emit(listener, r.id(), Stage.TESTS, "failed", why, start);
        verdicts.put(r.id(), verdict(r, false, why, Stage.TESTS, job.compile, job.tests, null,
            null, job.diff, start));
      }
    }
    if (tested.isEmpty()) {
      return;
    }

    List<Path> harness = options.harnessClassPath().isEmpty() ? HarnessClassPath.runtime()
        : options.harnessClassPath();
    List<Path> childClassPath = new ArrayList<>();
    childClassPath.add(classes);
    childClassPath.addAll(projectClassPath);
    childClassPath.addAll(harness);
    List<DifferentialTask> tasks = new ArrayList<>();
    Map<String, RecordingBatch> recorded = new LinkedHashMap<>();
    for (Job job : tested) {
      ValidationRequest r = job.request;
      // The preconditions' literals (pos + count <= 3) seed the inputs as the code's do.
      Literals literals = Literals.of(r.targetMethods(), r.originalSource(),
          r.candidateSource(), job.checks == null ? "" : job.checks.unit().source());
      ChangedLines changed = ChangedLines.of(r.originalSource(), r.candidateSource());
      job.taskIndex = tasks.size();
      tasks.add(DifferentialTask.builder(r.id(), r.className(), job.candidateName,
              r.targetMethods())
          .calls(options.callsPerMethod())
          .seed(options.seed())
          .tolerance(options.relativeTolerance(), options.absoluteTolerance())
          .callTimeoutMillis(options.callTimeout().toMillis())
          .receiverFactory(r.receiverFactory())
          .literals(literals.strings(), literals.numbers(), literals.calls())
          .changedLines(changed.original(), changed.candidate())
          .coverageSearch(options.coverageSearchCalls(), options.coverageSearchTime().toMillis())
          .helperMethods(r.helperMethods())
          .preconditions(job.checks == null ? null : job.checks.specs())
          .messageStrings(literals.messages())
          .build());
      if (r.recorded() != null) {
        recorded.put(r.id(), DifferentialRunner.envelope(r.recorded().method(),
            r.recorded().calls(), r.recorded().dropped()));
      }
      emit(listener, r.id(), Stage.DIFFERENTIAL, "started",
          options.callsPerMethod() + " calls per method, seed " + options.seed()
              + (r.recorded() == null ? "" : ", then " + r.recorded().calls().size()
                  + " recorded calls"), start);
    }
    Path diffDir = dir.resolve("differential");
    Map<String, DifferentialResult> results =
        new DifferentialRunner(sandbox, options.heapMegabytes(), options.childTimeLimit())
            .run(tasks, recorded, childClassPath, diffDir);
    List<Job> equivalent = new ArrayList<>();
    for (Job job : tested) {
      ValidationRequest r = job.request;
      job.differential = results.get(r.id());
      if (job.differential.proven()) {
        emit(listener, r.id(), Stage.DIFFERENTIAL, "passed", calls(job.differential), start);
        equivalent.add(job);
      } else if (job.differential.equivalent()) {
        // No difference, but on inputs that never ran the change: neither accepted nor rejected.
        String why = "unproven: " + job.differential.coverage().shortfall() + " (no difference on "
            + calls(job.differential) + ")";
        emit(listener, r.id(), Stage.DIFFERENTIAL, "unproven", why, start);
        verdicts.put(r.id(), verdict(r, Verdict.Outcome.UNPROVEN, why, Stage.DIFFERENTIAL,
            job.compile, job.tests, job.differential, null, job.diff, start));
      } else if (job.differential.counterexample() == null) {
        // Could not run (no receiver could be built, a harness fault): nothing was seen of the
        // candidate's behaviour, so it is not rejected for it either.
        String why = "unproven: " + differentialFailure(job.differential);
        emit(listener, r.id(), Stage.DIFFERENTIAL, "unproven", why, start);
        verdicts.put(r.id(), verdict(r, Verdict.Outcome.UNPROVEN, why, Stage.DIFFERENTIAL,
            job.compile, job.tests, job.differential, null, job.diff, start));
      } else {
        String why = differentialFailure(job.differential);
        emit(listener, r.id(), Stage.DIFFERENTIAL, "failed", why, start);
        verdicts.put(r.id(), verdict(r, false, why, Stage.DIFFERENTIAL, job.compile, job.tests,
            job.differential, null, job.diff, start));
      }
    }
    if (equivalent.isEmpty()) {
      return;
    }

    List<BenchmarkPair> pairs = new ArrayList<>();
    for (Job job : equivalent) {
      for (int m = 0; m < job.differential.methods().size(); m++) {
        if (job.differential.methods().get(m).helper()) {
          // Helpers are compared for behaviour; the speed that counts is the targets'.
          continue;
        }
        pairs.add(new BenchmarkPair(job.request.id(), job.taskIndex, m,
            job.differential.methods().get(m).method(),
            job.differential.methods().get(m).primitiveShape()));
      }
      emit(listener, job.request.id(), Stage.BENCHMARK, "started", "JMH " + options.benchmark(),
          start);
    }
    List<Path> processor = options.processorPath().isEmpty() ? HarnessClassPath.processor()
        : options.processorPath();
    BenchmarkRunner.Run run = new BenchmarkRunner(sandbox, options.heapMegabytes(), processor,
        options.timeMetric())
        .run(pairs, diffDir.resolve("tasks.json"), childClassPath, dir.resolve("jmh"),
            options.benchmark());
    for (Job job : equivalent) {
      ValidationRequest r = job.request;
      List<PairResult> mine = new ArrayList<>();
      if (run.compileErrors().isEmpty()) {
        run.results().forEach((pair, result) -> {
          if (pair.owner().equals(r.id())) {
            mine.add(result);
          }
        });
      }
      Verdict.Benchmark benchmark = new Verdict.Benchmark(mine, options.benchmark(),
          options.timeMetric(),
          options.minSpeedup(), options.requireNonOverlappingIntervals(), run.command());
      String why = run.compileErrors().isEmpty()
          ? new SpeedupRule(options.minSpeedup(), options.requireNonOverlappingIntervals())
              .rejection(mine)
          : "benchmark did not compile: " + run.compileErrors();
      boolean accepted = why == null;
      // A benchmark that measured nothing (it timed out, did not build, recorded no samples)
      // says nothing about the candidate's speed: unproven, not "not faster".
      boolean unmeasured = !accepted
          && (!run.compileErrors().isEmpty() || SpeedupRule.measuredNothing(mine));
      Verdict.Outcome outcome = unmeasured ? Verdict.Outcome.UNPROVEN : Verdict.Outcome.of(accepted);
      String reason = accepted ? SpeedupRule.acceptance(mine) + recordedNote(job.differential)
          : why;
      emit(listener, r.id(), Stage.BENCHMARK, accepted ? "passed" : "failed", reason, start);
      verdicts.put(r.id(), verdict(r, outcome, reason, Stage.DECIDED, job.compile, job.tests,
          job.differential, benchmark, job.diff, start));
    }
  }

  private List<Job> compile(List<Job> jobs, Path classes, List<Path> projectClassPath,
      Map<String, Verdict> verdicts, ProgressListener listener, long start) {
    List<Job> alive = new ArrayList<>(jobs);
    for (Job job : jobs) {
      emit(listener, job.request.id(), Stage.COMPILE, "started", job.candidateName, start);
    }
    // javac writes no classes when any file fails, so failing candidates are dropped and the
    // rest compiled again; the loop ends because each round removes at least one job.
    while (!alive.isEmpty()) {
      deleteTree(classes);
      List<SourceUnit> units = new ArrayList<>();
      Map<String, String> originals = new LinkedHashMap<>();
      for (Job job : alive) {
        ValidationRequest r = job.request;
        originals.putIfAbsent(r.className(), r.originalSource());
        units.add(new SourceUnit(r.id(), "candidate", job.candidateName, job.renamedSource,
            r.className()));
        if (job.checks != null) {
          units.add(job.checks.unit());
        }
      }
      originals.forEach((name, source) ->
          units.add(new SourceUnit("original:" + name, "original", name, source, name)));
      Map<String, List<CompileError>> errors =
          InMemoryCompiler.compile(units, projectClassPath, classes, List.of());
      if (errors.isEmpty()) {
        break;
      }
      List<Job> failed = new ArrayList<>();
      for (Job job : alive) {
        List<CompileError> own = new ArrayList<>(errors.getOrDefault(job.request.id(), List.of()));
        own.addAll(errors.getOrDefault("original:" + job.request.className(), List.of()));
        own.addAll(errors.getOrDefault("*", List.of()));
        List<CompileError> precondition = job.checks == null ? List.of()
            : errors.getOrDefault(job.checks.unit().owner(), List.of());
        own.addAll(precondition);
        if (!own.isEmpty()) {
          failed.add(job);
          job.compile = new CompileResult(false, own, job.candidateName);
          boolean originalBroken = errors.containsKey("original:" + job.request.className());
          String why = (originalBroken ? "the original does not compile against the class path: "
              : own.size() == precondition.size() ? "does not compile: the precondition: "
                  + Preconditions.message(own.get(0)) + " (" + job.checks.specs().stream()
                  .map(sp -> sp.method() + ": " + sp.expression()).reduce((a, b) -> a + "; " + b)
                  .orElse("") + ")"
              : "does not compile: ") + (own.size() == precondition.size() ? "" : own.get(0));
          refuseAtCompile(job, why, verdicts, listener, start);
        }
      }
      if (failed.isEmpty()) {
        throw new IllegalStateException("javac failed without attributable errors: " + errors);
      }
      alive.removeAll(failed);
    }
    List<Job> reaching = new ArrayList<>();
    Capabilities capabilities = new Capabilities(classes);
    for (Job job : alive) {
      job.compile = new CompileResult(true, List.of(), job.candidateName);
      Set<String> outside = options.refuseOutsideReach()
          ? capabilities.added(job.request.className(), job.candidateName) : Set.of();
      if (!outside.isEmpty()) {
        String why = "candidate reaches outside the JVM where the original does not ("
            + String.join(", ", outside) + "): network, process and file access is never"
            + " proposed, since the sandbox that cuts it off would hide what it does in production";
        refuseAtCompile(job, why, verdicts, listener, start);
        reaching.add(job);
        continue;
      }
      emit(listener, job.request.id(), Stage.COMPILE, "passed", job.candidateName, start);
    }
    alive.removeAll(reaching);
    return alive;
  }

  private void refuseAtCompile(Job job, String why, Map<String, Verdict> verdicts,
      ProgressListener listener, long start) {
    emit(listener, job.request.id(), Stage.COMPILE, "failed", why, start);
    verdicts.put(job.request.id(), verdict(job.request, false, why, Stage.COMPILE, job.compile,
        null, null, null, job.diff, start));
  }

  private static String testFailure(TestRunResult tests) {
    List<String> failed = tests.tests().stream()
        .filter(t -> t.status().equals("failed") || t.status().equals("error"))
        .map(t -> t.className() + "#" + t.name()).toList();
    if (!failed.isEmpty()) {
      return "existing tests fail: " + String.join(", ", failed);
    }
    if (tests.timedOut()) {
      return "existing tests did not finish in time";
    }
    List<String> lines = tests.outputTail().replaceAll("\u001b\\[[0-9;]*m", "").lines()
        .filter(l -> !l.isBlank()).toList();
    String tail = lines.stream().filter(l -> l.contains("ERROR")).findFirst()
        .orElse(lines.isEmpty() ? "" : lines.get(lines.size() - 1));
    return "test command failed with exit " + tests.exitCode() + ": " + tail;
  }

  private static String differentialFailure(DifferentialResult d) {
    Counterexample c = d.counterexample();
    if (c == null) {
      return "differential testing could not run: " + d.error();
    }
    String what = switch (c.kind()) {
      case "timeout" -> "candidate did not return (infinite loop?)";
      case "system-exit" -> "candidate called System.exit";
      case "out-of-memory" -> "candidate ran out of memory";
      case "stack-overflow" -> "candidate overflowed the stack";
      case "thread-leak" -> "candidate leaked threads";
      case "crash" -> "the child JVM crashed";
      default -> "behaviour differs";
    };
    // The probe's own account says the input was grown to the original's depth, not drawn.
    String probe = d.methods().stream().filter(m -> m.method().equals(c.method())
        && m.deepProbe() != null).map(m -> " [deep-input probe: " + m.deepProbe() + "]")
        .findFirst().orElse("");
    return what + ": " + c.method() + " on " + c.arguments() + ": original " + c.originalOutcome()
        + ", candidate " + c.candidateOutcome() + " (" + c.difference() + ")" + probe;
  }

  /** The recorded-call evidence of an accepted candidate, for its reason. */
  private static String recordedNote(DifferentialResult d) {
    return d.recorded() == null ? "" : "; " + d.recorded().summary();
  }

  private static String calls(DifferentialResult d) {
    return d.methods().stream().map(m -> m.method() + (m.skipped() != null
            ? " (helper, not compared on its own: " + m.skipped() + ")"
            : " x" + m.calls() + (m.helper() ? " (helper)" : "")
                + (m.precondition() == null ? "" : " (" + m.outsidePrecondition()
                    + " inputs outside its precondition skipped)")
                + (m.deepProbe() == null ? "" : " (deep-input probe: " + m.deepProbe() + ")")))
        .reduce((a, b) -> a + ", " + b).orElse("")
        + (d.recorded() == null ? "" : "; " + d.recorded().summary());
  }

  /**
   * The preconditions the differential stage assumed, for the verdict's reason: a reviewer must
   * see what was not tested.
   */
  private static String assumptions(DifferentialResult d) {
    if (d == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (var m : d.methods()) {
      if (m.precondition() != null) {
        out.append(out.isEmpty() ? " [assuming " : "; ").append(m.method()).append(": ")
            .append(m.precondition()).append(" (").append(m.outsidePrecondition())
            .append(" generated inputs outside it skipped)");
      }
    }
    String exempted = d.coverage() == null ? "" : d.coverage().exemptions();
    if (!exempted.isEmpty()) {
      // The coverage gate took the precondition's word for these lines: say which.
      out.append(out.isEmpty() ? " [" : "; ").append("coverage gate exempted ").append(exempted);
    }
    return out.isEmpty() ? "" : out.append(']').toString();
  }

  private Verdict verdict(ValidationRequest r, boolean accepted, String reason, Stage stage,
      CompileResult compile, TestRunResult tests, DifferentialResult differential,
      Verdict.Benchmark benchmark, String diff, long start) {
    return verdict(r, Verdict.Outcome.of(accepted), reason, stage, compile, tests, differential,
        benchmark, diff, start);
  }

  private Verdict verdict(ValidationRequest r, Verdict.Outcome outcome, String reason,
      Stage stage, CompileResult compile, TestRunResult tests, DifferentialResult differential,
      Verdict.Benchmark benchmark, String diff, long start) {
    NetworkIsolation net = sandbox.network();
    Verdict.SandboxInfo info = new Verdict.SandboxInfo(net.isolated(),
        net.isolated() ? net.method() + ": " + net.reason() : net.reason(),
        sandbox.confinement().active(), sandbox.confinement().blocksProcesses(),
        sandbox.confinement().reason(),
        options.heapMegabytes(), options.childTimeLimit().toMillis(),
        options.callTimeout().toMillis());
    return new Verdict(r.id(), outcome, (reason.length() > 2000 ? reason.substring(0, 2000) + "..."
        : reason) + assumptions(differential), stage, r.className(), r.targetMethods(), compile, tests, differential,
        benchmark, info, diff, (System.nanoTime() - start) / 1_000_000);
  }

  private static void emit(ProgressListener listener, String id, Stage stage, String status,
      String message, long start) {
    try {
      listener.onEvent(new StageEvent(id, stage, status, message,
          (System.nanoTime() - start) / 1_000_000));
    } catch (RuntimeException e) {
      // A broken listener must not change a verdict.
    }
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  private static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Scratch space: a leftover directory is harmless.
    }
  }
}
