package dev.flamefix.validator.differential;

import dev.flamefix.validator.coverage.CoverageReport;
import java.util.List;

/**
 * Result of one {@link DifferentialTask}.
 *
 * @param id the task's id
 * @param outcome {@code COMPLETED} or how the child ended ({@link
 *     dev.flamefix.validator.sandbox.ChildOutcome} names)
 * @param equivalent whether every call behaved the same on both sides
 * @param seed the random seed used
 * @param methods per-method counts
 * @param counterexample the first difference, or {@code null}
 * @param error why the check could not run (e.g. no generator for a type), or {@code null}
 * @param coverage how far the inputs reached into the changed lines, or {@code null} when the
 *     task asked for no coverage gate or no inputs ran to the end
 * @param recorded what replaying recorded production calls did, or {@code null} when the task
 *     had none
 */
public record DifferentialResult(String id, String outcome, boolean equivalent, long seed,
    List<MethodReport> methods, Counterexample counterexample, String error,
    CoverageReport coverage, RecordedReport recorded) {

  /** A result without recorded calls. */
  public DifferentialResult(String id, String outcome, boolean equivalent, long seed,
      List<MethodReport> methods, Counterexample counterexample, String error,
      CoverageReport coverage) {
    this(id, outcome, equivalent, seed, methods, counterexample, error, coverage, null);
  }

  /** This result with {@code report} of the recorded calls. */
  public DifferentialResult withRecorded(RecordedReport report) {
    return new DifferentialResult(id, outcome, equivalent, seed, methods, counterexample, error,
        coverage, report);
  }

  /** A result without coverage. */
  public DifferentialResult(String id, String outcome, boolean equivalent, long seed,
      List<MethodReport> methods, Counterexample counterexample, String error) {
    this(id, outcome, equivalent, seed, methods, counterexample, error, null);
  }

  /**
   * Whether no difference was seen on inputs that reached what the rewrite changed: equivalent,
   * and the coverage gate met where one was measured.
   */
  public boolean proven() {
    return equivalent && (coverage == null || coverage.gateMet());
  }
}
