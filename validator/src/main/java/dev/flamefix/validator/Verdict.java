package dev.flamefix.validator;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.benchmark.PairResult;
import dev.flamefix.validator.compile.CompileResult;
import dev.flamefix.validator.differential.DifferentialResult;
import dev.flamefix.validator.tests.TestRunResult;
import java.util.List;
import java.util.Locale;

/**
 * The validator's answer for one candidate, with everything that was run. Serialize it with
 * {@link #toJson()} for the report.
 *
 * @param id the request id
 * @param outcome accepted, rejected, or unproven (the inputs never reached what the rewrite
 *     changed, so equal behaviour proves nothing, or differential testing could not run at all,
 *     e.g. no receiver could be built; never proposed, never a judgement on the behaviour)
 * @param reason one sentence: why accepted, the first reason for rejection, or what was unproven
 * @param stageReached the last stage that ran
 * @param className the class under change
 * @param targetMethods the methods checked
 * @param compile the compile stage, or {@code null} if not reached
 * @param tests the existing-tests stage (skipped when no project was given), or {@code null}
 * @param differential the differential stage, or {@code null} if not reached
 * @param benchmark the JMH stage, or {@code null} if not reached
 * @param sandbox the sandbox the children ran in
 * @param unifiedDiff the candidate as a unified diff against the original file
 * @param wallMillis wall time of the whole validation (shared batches: of the batch)
 */
public record Verdict(String id, Outcome outcome, String reason, Stage stageReached,
    String className, List<String> targetMethods, CompileResult compile, TestRunResult tests,
    DifferentialResult differential, Benchmark benchmark, SandboxInfo sandbox, String unifiedDiff,
    long wallMillis) {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** How a validation ended. Only {@link #ACCEPTED} may ever be proposed. */
  public enum Outcome {
    /** Compiled, behaved the same on inputs that reached the change, and measured faster. */
    ACCEPTED,
    /** Failed a stage: compile error, a counterexample, failing tests or not faster. */
    REJECTED,
    /**
     * No difference was seen, but the inputs never executed what the rewrite changed, or
     * differential testing could not run (no inputs or receivers could be built).
     */
    UNPROVEN;

    /** The outcome of a yes/no decision. */
    public static Outcome of(boolean accepted) {
      return accepted ? ACCEPTED : REJECTED;
    }
  }

  /** A verdict that is either accepted or rejected (callers that never judge coverage). */
  public Verdict(String id, boolean accepted, String reason, Stage stageReached, String className,
      List<String> targetMethods, CompileResult compile, TestRunResult tests,
      DifferentialResult differential, Benchmark benchmark, SandboxInfo sandbox,
      String unifiedDiff, long wallMillis) {
    this(id, Outcome.of(accepted), reason, stageReached, className, targetMethods, compile, tests,
        differential, benchmark, sandbox, unifiedDiff, wallMillis);
  }

  /** Whether the candidate may be proposed: only when {@link Outcome#ACCEPTED}. */
  @JsonProperty("accepted")
  public boolean accepted() {
    return outcome == Outcome.ACCEPTED;
  }

  /** Whether no difference was seen but the inputs never reached the changed code or never ran. */
  public boolean unproven() {
    return outcome == Outcome.UNPROVEN;
  }

  /** The outcome for people: "accepted", "rejected" or "unproven". */
  public String outcomeLabel() {
    return outcome.name().toLowerCase(Locale.ROOT);
  }

  /** The best speed-up measured over the target methods' minimum, or 0 when not benchmarked. */
  public double speedup() {
    if (benchmark == null || benchmark.methods().isEmpty()) {
      return 0;
    }
    return benchmark.methods().stream().mapToDouble(PairResult::speedup).min().orElse(0);
  }

  /** The report as pretty-printed JSON. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("verdict not serializable", e);
    }
  }

  /**
   * The JMH stage of a verdict.
   *
   * @param methods one comparison per target method
   * @param settings the JMH settings used
   * @param metric the time the acceptance rule compared
   * @param minSpeedup the speed-up required
   * @param requireNonOverlappingIntervals whether disjoint confidence intervals were required
   * @param command the child command line that ran JMH (reproduces the numbers)
   */
  public record Benchmark(List<PairResult> methods, BenchmarkSettings settings,
      dev.flamefix.validator.benchmark.TimeMetric metric, double minSpeedup,
      boolean requireNonOverlappingIntervals, String command) {}

  /**
   * The sandbox children ran in.
   *
   * @param networkIsolated whether children had no network
   * @param networkNote how, or plainly why not
   * @param confined whether children could write only their scratch directory and saw neither
   *     the home nor the private directories
   * @param processesBlocked whether candidate code could start no process
   * @param confinementNote how, or plainly why not (begins with {@code "NOT confined"} then)
   * @param heapMegabytes heap limit of each child
   * @param childTimeLimitMillis wall-clock limit of the differential child
   * @param callTimeoutMillis limit of one call
   */
  public record SandboxInfo(boolean networkIsolated, String networkNote, boolean confined,
      boolean processesBlocked, String confinementNote, int heapMegabytes,
      long childTimeLimitMillis, long callTimeoutMillis) {}
}
