package dev.flamefix.eval.mutation;

import dev.flamefix.validator.differential.Counterexample;
import dev.flamefix.validator.differential.DifferentialResult;

/**
 * What the validator's differential stage made of one mutant. This is the only place a
 * {@link DifferentialResult} is turned into a mutation-testing class, so a new verdict of the
 * validator (a coverage gate's "the inputs never reached the changed line") becomes a new
 * constant and a new branch of {@link #of} without touching the harness or the report.
 */
public enum MutantOutcome {
  /** Rejected: a counterexample (different result or exception, timeout, crash, ...). */
  KILLED,
  /** Accepted by differential testing: every call behaved the same on both sides. */
  SURVIVED,
  /**
   * No difference, but the inputs never ran the mutated line (or never took its branch both
   * ways): the coverage gate leaves the candidate unproven, so it is not accepted either.
   */
  UNPROVEN,
  /** The check could not run (no input generator for a parameter type, a harness error). */
  NOT_RUN;

  /** The class of {@code result}. */
  public static MutantOutcome of(DifferentialResult result) {
    if (result.equivalent()) {
      boolean called = result.methods().stream().anyMatch(m -> m.calls() > 0);
      if (!called) {
        return NOT_RUN;
      }
      return result.proven() ? SURVIVED : UNPROVEN;
    }
    return result.counterexample() != null ? KILLED : NOT_RUN;
  }

  /** One line saying why: the counterexample or the error; empty for a survivor. */
  public static String evidence(DifferentialResult result) {
    Counterexample c = result.counterexample();
    if (c != null) {
      return clip(c.kind() + ": " + c.method() + " on " + c.arguments() + ": original "
          + c.originalOutcome() + ", candidate " + c.candidateOutcome());
    }
    if (result.error() != null) {
      return clip(result.error());
    }
    if (result.equivalent() && !result.proven() && result.coverage() != null) {
      return clip("unproven: " + result.coverage().shortfall());
    }
    return result.equivalent() && MutantOutcome.of(result) == NOT_RUN ? "no call was made" : "";
  }

  /** The counterexample's kind ({@code difference}, {@code timeout}, ...), or empty. */
  public static String kind(DifferentialResult result) {
    return result.counterexample() == null ? "" : result.counterexample().kind();
  }

  private static String clip(String s) {
    String line = s.replace('\n', ' ');
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
