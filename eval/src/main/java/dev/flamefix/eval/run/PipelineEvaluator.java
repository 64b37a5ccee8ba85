package dev.flamefix.eval.run;

import dev.flamefix.eval.baseline.WorkloadTimer;
import dev.flamefix.eval.metrics.EvalMetrics;
import dev.flamefix.eval.metrics.ProgramOutcome;
import dev.flamefix.eval.suite.EvalProgram;
import dev.flamefix.eval.suite.ProgramTestReport;
import dev.flamefix.eval.suite.ProgramTester;
import dev.flamefix.optimizer.Candidate;
import dev.flamefix.optimizer.OptimizationRequest;
import dev.flamefix.optimizer.Optimizer;
import dev.flamefix.validator.ValidationRequest;
import dev.flamefix.validator.Validator;
import dev.flamefix.validator.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The product on one suite program: the optimizer proposes candidates for the program's slow
 * source, the validator judges them in order until one is accepted, and the suite's own tests and
 * a JMH run of the program's workload then score what the product left behind.
 *
 * <p>Correctness of the accepted candidate is judged by the suite's tests ({@link ProgramTester}),
 * not by the validator's verdict, so a wrong rewrite that slipped through the validator shows up
 * as a wrong proposal. Runtimes of the original and the proposal come from one JMH run of the
 * program's workload ({@link WorkloadTimer}); candidates the validator rejected but that pass the
 * suite's tests are measured in the same run, and those more than 1.1× faster are counted as
 * correct-but-rejected.
 *
 * <p>The optimizer sees only the slow source and the targets: never the reference, the fix line or
 * the tests.
 */
public final class PipelineEvaluator implements ProgramEvaluator {

  private final Optimizer optimizer;
  private final boolean useModels;
  private final Validator validator;
  private final ProgramTester tester;
  private final WorkloadTimer timer = new WorkloadTimer(true);
  private final WorkloadTimer.Settings timing;
  private final Path workDir;
  private final Consumer<String> log;

  /**
   * Creates an evaluator.
   *
   * @param optimizer the optimizer, with its suggestion source and model clients
   * @param useModels whether to ask the optimizer's models (false: recipes only)
   * @param validator the validator, with its options (JMH settings, acceptance rule)
   * @param tester runs the suite's tests on candidates in a child JVM
   * @param timing JMH settings of the outcome's runtimes
   * @param workDir scratch space: source trees for the optimizer, compiled versions, JMH temp
   * @param log receives one line per step, for a log file (never the progress bar)
   */
  public PipelineEvaluator(Optimizer optimizer, boolean useModels, Validator validator, ProgramTester tester,
      WorkloadTimer.Settings timing, Path workDir, Consumer<String> log) {
    this.optimizer = Objects.requireNonNull(optimizer);
    this.useModels = useModels;
    this.validator = Objects.requireNonNull(validator);
    this.tester = Objects.requireNonNull(tester);
    this.timing = Objects.requireNonNull(timing);
    this.workDir = Objects.requireNonNull(workDir);
    this.log = log == null ? s -> {} : log;
  }

  @Override
  public ProgramOutcome evaluate(EvalProgram program) throws Exception {
    Path dir = workDir.resolve(program.id());
    List<Candidate> candidates = propose(program, dir);
    log.accept(program.id() + ": " + candidates.size() + " candidate(s)"
        + (candidates.isEmpty() ? "" : " " + candidates.stream().map(Candidate::source).toList()));

    List<ProgramTester.Version> versions = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      versions.add(new ProgramTester.Version(program, "candidate-" + (i + 1), candidates.get(i).patchedSource()));
    }
    List<ProgramTestReport> suiteTests = versions.isEmpty() ? List.of() : tester.testAll(versions);
    for (ProgramTestReport r : suiteTests) {
      if (!r.allPassed()) {
        log.accept(program.id() + ": " + r.label() + " fails the suite's tests\n" + r.failureSummary());
      }
    }

    // The validator judges candidates in the order the optimizer returned them (recipes first);
    // the first accepted one is the proposal, as in the product.
    int accepted = -1;
    List<Integer> rejectedButPassing = new ArrayList<>();
    List<String> verdicts = new ArrayList<>();
    for (int i = 0; i < candidates.size() && accepted < 0; i++) {
      Candidate c = candidates.get(i);
      Verdict v = validator.validate(ValidationRequest.of(program.id() + "-c" + (i + 1), program.className(),
          program.slowSource(), c.patchedSource(), methodNames(program), List.of()));
      String line = c.source() + " " + (v.accepted() ? "accepted" : "rejected at " + v.stageReached()) + ": " + oneLine(v.reason());
      verdicts.add(line);
      log.accept(program.id() + ": candidate-" + (i + 1) + " " + line);
      if (v.accepted()) {
        accepted = i;
      } else if (suiteTests.get(i).allPassed()) {
        rejectedButPassing.add(i);
      }
    }

    List<ProgramTester.Version> timed = new ArrayList<>();
    timed.add(new ProgramTester.Version(program, "slow", program.slowSource()));
    if (accepted >= 0) {
      timed.add(versions.get(accepted));
    }
    for (int i : rejectedButPassing) {
      timed.add(versions.get(i));
    }
    List<WorkloadTimer.Timing> times = timer.time(timed, timing, dir.resolve("jmh"));
    double originalNs = times.get(0).scoreNs();
    int correctFasterRejected = 0;
    for (int j = accepted >= 0 ? 2 : 1; j < times.size(); j++) {
      if (times.get(j).scoreNs() * EvalMetrics.OPT_THRESHOLD < originalNs) {
        correctFasterRejected++;
      }
    }

    Boolean firstPassed = candidates.isEmpty() ? null : suiteTests.get(0).allPassed();
    ProgramOutcome outcome;
    if (accepted < 0) {
      outcome = ProgramOutcome.untouched(program.id(), program.kind(), candidates.size(), firstPassed, originalNs);
    } else {
      outcome = ProgramOutcome.proposed(program.id(), program.kind(), candidates.size(), firstPassed,
          suiteTests.get(accepted).allPassed(), originalNs, times.get(1).scoreNs());
    }
    String detail = candidates.isEmpty() ? "no candidate" : String.join("; ", verdicts);
    if (accepted >= 0) {
      detail = String.format(Locale.ROOT, "proposed %s (%.2fx); ", candidates.get(accepted).source(),
          originalNs / times.get(1).scoreNs()) + detail;
    }
    return outcome.withCorrectFasterRejected(correctFasterRejected).withDetail(detail);
  }

  /** Runs the optimizer on a source tree holding only the program's slow class. */
  private List<Candidate> propose(EvalProgram program, Path dir) throws IOException {
    Path root = dir.resolve("src");
    Path file = root.resolve(program.className().replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, program.slowSource());
    OptimizationRequest request = OptimizationRequest.builder(root)
        .targets(program.targets())
        .useRecipes(true)
        .useModels(useModels)
        .progress((stage, target, message) -> log.accept(program.id() + ": optimizer " + stage + " " + message))
        .build();
    try {
      return optimizer.optimize(request);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The validator takes method names; suite targets are {@code pkg.Cls#method}. */
  static List<String> methodNames(EvalProgram program) {
    return program.targets().stream().map(t -> t.substring(t.indexOf('#') + 1)).distinct().toList();
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}
