package dev.flamefix.eval.run;

import dev.flamefix.eval.baseline.WorkloadTimer;
import dev.flamefix.eval.metrics.EvalMetrics;
import dev.flamefix.eval.metrics.ProgramOutcome;
import dev.flamefix.eval.suite.EvalProgram;
import dev.flamefix.eval.suite.ProgramTestReport;
import dev.flamefix.eval.suite.ProgramTester;
import dev.flamefix.optimizer.Candidate;
import dev.flamefix.pipeline.CandidatePipeline;
import dev.flamefix.validator.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The product on one suite program: the product's {@link CandidatePipeline} (candidates, order,
 * validation cap, time budget, acceptance) runs on a source tree holding only the program's slow
 * class, and the suite's own tests and a JMH run of the program's workload then score what it
 * left behind. This class never generates or validates candidates itself; it only watches the
 * pipeline through its listener and scores the outcome.
 *
 * <p>Correctness of the proposal is judged by the suite's tests ({@link ProgramTester}), not by
 * the validator's verdict, so a wrong rewrite that slipped through the validator shows up as a
 * wrong proposal. Runtimes of the original and the proposal come from one JMH run of the
 * program's workload ({@link WorkloadTimer}); candidates the validator rejected but that pass the
 * suite's tests are measured in the same run, and those more than 1.1× faster are counted as
 * correct-but-rejected when the validator rejected them; unproven ones (never judged wrong) are
 * only named in the detail.
 *
 * <p>The pipeline sees only the slow source and the targets: never the reference, the fix line
 * or the tests.
 */
public final class PipelineEvaluator implements ProgramEvaluator {

  private final CandidatePipeline pipeline;
  private final boolean useModels;
  private final ProgramTester tester;
  private final WorkloadTimer timer = new WorkloadTimer(true);
  private final WorkloadTimer.Settings timing;
  private final Path workDir;
  private final Consumer<String> log;

  /**
   * Creates an evaluator.
   *
   * @param pipeline the product pipeline (from {@link dev.flamefix.pipeline.PipelineFactory})
   * @param useModels whether the pipeline asks its models (false: recipes only)
   * @param tester runs the suite's tests on candidates in a child JVM
   * @param timing JMH settings of the outcome's runtimes
   * @param workDir scratch space: source trees for the pipeline, compiled versions, JMH temp
   * @param log receives one line per step, for a log file (never the progress bar)
   */
  public PipelineEvaluator(CandidatePipeline pipeline, boolean useModels, ProgramTester tester,
      WorkloadTimer.Settings timing, Path workDir, Consumer<String> log) {
    this.pipeline = Objects.requireNonNull(pipeline);
    this.useModels = useModels;
    this.tester = Objects.requireNonNull(tester);
    this.timing = Objects.requireNonNull(timing);
    this.workDir = Objects.requireNonNull(workDir);
    this.log = log == null ? s -> {} : log;
  }

  @Override
  public ProgramOutcome evaluate(EvalProgram program) throws Exception {
    Path dir = workDir.resolve(program.id());
    Path root = writeSlowSource(program, dir.resolve("src"));
    List<Verdicted> candidates = new ArrayList<>();
    CandidatePipeline.Input input = CandidatePipeline.Input.builder(root, program.targets()).useModels(useModels).build();
    try {
      pipeline.run(input, new CandidatePipeline.Listener() {
        @Override
        public void stage(String stage, double progress, String message) {
          log.accept(program.id() + ": " + stage + " " + message);
        }

        @Override
        public void candidates(String target, List<Candidate> ordered) {
          ordered.forEach(c -> candidates.add(new Verdicted(c)));
        }

        @Override
        public void feedbackCandidates(String target, int round, List<Candidate> added) {
          added.forEach(c -> candidates.add(new Verdicted(c)));
        }

        @Override
        public void verdict(String target, Candidate candidate, Verdict verdict) {
          candidates.stream().filter(v -> v.candidate == candidate && v.verdict == null).findFirst()
              .ifPresent(v -> v.verdict = verdict);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    log.accept(program.id() + ": " + candidates.size() + " candidate(s)"
        + (candidates.isEmpty() ? "" : " " + candidates.stream().map(v -> v.candidate.source()).toList()));

    // The first accepted candidate (targets in order) is the program's proposal, as in the product.
    int accepted = -1;
    for (int i = 0; i < candidates.size() && accepted < 0; i++) {
      if (candidates.get(i).verdict != null && candidates.get(i).verdict.accepted()) {
        accepted = i;
      }
    }
    // Suite tests only where a result is read: the first candidate (Pass@1), the proposal, and
    // the rejected ones (a correct, faster rejected candidate is the validator's loss).
    Map<Integer, ProgramTester.Version> tested = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Verdicted v = candidates.get(i);
      if (i == 0 || i == accepted || (v.verdict != null && !v.verdict.accepted())) {
        tested.put(i, new ProgramTester.Version(program, "candidate-" + (i + 1), v.candidate.patchedSource()));
      }
    }
    Map<Integer, ProgramTestReport> suiteTests = new LinkedHashMap<>();
    List<ProgramTestReport> reports = tested.isEmpty() ? List.of() : tester.testAll(List.copyOf(tested.values()));
    int r = 0;
    for (int i : tested.keySet()) {
      ProgramTestReport report = reports.get(r++);
      suiteTests.put(i, report);
      if (!report.allPassed()) {
        log.accept(program.id() + ": " + report.label() + " fails the suite's tests\n" + report.failureSummary());
      }
    }

    List<ProgramTester.Version> timed = new ArrayList<>();
    timed.add(new ProgramTester.Version(program, "slow", program.slowSource()));
    if (accepted >= 0) {
      timed.add(tested.get(accepted));
    }
    List<Verdict> timedVerdicts = new ArrayList<>();
    for (Map.Entry<Integer, ProgramTestReport> e : suiteTests.entrySet()) {
      Verdict v = candidates.get(e.getKey()).verdict;
      if (v != null && !v.accepted() && e.getValue().allPassed()) {
        timed.add(tested.get(e.getKey()));
        timedVerdicts.add(v);
      }
    }
    List<WorkloadTimer.Timing> times = timer.time(timed, timing, dir.resolve("jmh"));
    double originalNs = times.get(0).scoreNs();
    // Only a rejection counts against the validator's strictness: an unproven candidate (inputs
    // never reached the change, or differential testing could not run) was not judged wrong.
    int correctFasterRejected = 0;
    int correctFasterUnproven = 0;
    int first = accepted >= 0 ? 2 : 1;
    for (int j = first; j < times.size(); j++) {
      if (times.get(j).scoreNs() * EvalMetrics.OPT_THRESHOLD < originalNs) {
        if (timedVerdicts.get(j - first).unproven()) {
          correctFasterUnproven++;
        } else {
          correctFasterRejected++;
        }
      }
    }

    Boolean firstPassed = candidates.isEmpty() ? null : suiteTests.get(0).allPassed();
    ProgramOutcome outcome = accepted < 0
        ? ProgramOutcome.untouched(program.id(), program.kind(), candidates.size(), firstPassed, originalNs)
        : ProgramOutcome.proposed(program.id(), program.kind(), candidates.size(), firstPassed,
            suiteTests.get(accepted).allPassed(), originalNs, times.get(1).scoreNs());
    String detail = candidates.isEmpty() ? "no candidate"
        : String.join("; ", candidates.stream().map(Verdicted::describe).toList());
    if (accepted >= 0) {
      detail = String.format(Locale.ROOT, "proposed %s (%.2fx); ", candidates.get(accepted).candidate.source(),
          originalNs / times.get(1).scoreNs()) + detail;
    }
    if (correctFasterUnproven > 0) {
      detail = correctFasterUnproven + " correct and faster candidate(s) unproven (not counted as rejected); "
          + detail;
    }
    return outcome.withCorrectFasterRejected(correctFasterRejected).withDetail(detail);
  }

  /** A source tree holding only the program's slow class; returns its root. */
  private static Path writeSlowSource(EvalProgram program, Path root) throws IOException {
    Path file = root.resolve(program.className().replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, program.slowSource());
    return root;
  }

  /** A candidate and the pipeline's verdict on it, if it was validated. */
  private static final class Verdicted {
    final Candidate candidate;
    Verdict verdict;

    Verdicted(Candidate candidate) {
      this.candidate = candidate;
    }

    String describe() {
      if (verdict == null) {
        return candidate.source() + " not validated";
      }
      return candidate.source() + " " + (verdict.accepted() ? "accepted" : verdict.outcomeLabel() + " at " + verdict.stageReached())
          + ": " + oneLine(verdict.reason());
    }
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}
