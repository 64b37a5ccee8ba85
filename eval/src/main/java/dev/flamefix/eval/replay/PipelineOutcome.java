package dev.flamefix.eval.replay;

import dev.flamefix.validator.Stage;
import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.differential.DifferentialResult;

/** What the product pipeline did with one recorded answer. */
public enum PipelineOutcome {
  ACCEPTED("accepted"),
  UNPROVEN("unproven (inputs did not reach the change)"),
  /** Behaved the same, but the benchmark measured nothing (timed out, no samples). */
  NOT_MEASURED("unproven (benchmark measured nothing)"),
  /** Differential testing could not run (no inputs or receiver); never a behavioural rejection. */
  COULD_NOT_RUN("could not run (unproven, not a behavioural rejection)"),
  SPLICE_REFUSED("rejected: splice refused / no code"),
  COMPILE("rejected: does not compile"),
  COUNTEREXAMPLE("rejected: differential counterexample"),
  NOT_FASTER("rejected: not faster"),
  OTHER("rejected: other (model call, tests, benchmark build)");

  private final String label;

  PipelineOutcome(String label) {
    this.label = label;
  }

  /** The row label of the report. */
  public String label() {
    return label;
  }

  /** The outcome of a validated candidate. */
  public static PipelineOutcome of(Verdict v) {
    if (v.accepted()) {
      return ACCEPTED;
    }
    DifferentialResult d = v.differential();
    if (d != null && d.counterexample() == null && !d.equivalent()) {
      return COULD_NOT_RUN;
    }
    if (v.unproven()) {
      return v.stageReached() == Stage.DECIDED ? NOT_MEASURED : UNPROVEN;
    }
    if (v.stageReached() == Stage.COMPILE) {
      return COMPILE;
    }
    if (d != null && d.counterexample() != null) {
      return COUNTEREXAMPLE;
    }
    if (v.stageReached() == Stage.DECIDED && v.benchmark() != null && !v.benchmark().methods().isEmpty()) {
      return NOT_FASTER;
    }
    return OTHER;
  }
}
