package dev.flamefix.eval.metrics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.flamefix.eval.suite.ProgramKind;

/**
 * What one evaluation run did with one program. Runtimes are JMH average times in nanoseconds per
 * call of the program's workload.
 *
 * @param programId the program
 * @param kind the program's kind, so already-fast programs can be counted
 * @param candidates how many candidates the optimizer produced (0: it proposed nothing)
 * @param firstCandidatePassed whether the first candidate passed all of the suite's tests; {@code
 *     null} exactly when there was no candidate
 * @param proposed whether a candidate was accepted by the validator and proposed
 * @param proposalCorrect whether the proposed candidate passes the suite's tests; {@code null}
 *     exactly when nothing was proposed
 * @param originalRuntimeNs runtime of the slow (input) version
 * @param optimizedRuntimeNs runtime of the code the run leaves behind: the proposal, or the
 *     original when nothing was proposed (the constructor enforces that)
 * @param correctFasterRejected candidates the validator rejected although they pass the suite's
 *     tests and are more than 1.1x faster (validator over-strictness)
 * @param detail free text for humans (recipe fired, error, ...), may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramOutcome(
    String programId,
    ProgramKind kind,
    int candidates,
    Boolean firstCandidatePassed,
    boolean proposed,
    Boolean proposalCorrect,
    double originalRuntimeNs,
    double optimizedRuntimeNs,
    int correctFasterRejected,
    String detail) {

  /** Checks that the fields describe a possible run. */
  public ProgramOutcome {
    if (programId == null || programId.isBlank() || kind == null) {
      throw new IllegalArgumentException("an outcome needs a program id and kind");
    }
    if (candidates < 0 || correctFasterRejected < 0) {
      throw new IllegalArgumentException(programId + ": counts must not be negative");
    }
    if ((candidates == 0) != (firstCandidatePassed == null)) {
      throw new IllegalArgumentException(
          programId + ": firstCandidatePassed is set exactly when there was a candidate");
    }
    if (proposed && candidates == 0) {
      throw new IllegalArgumentException(programId + ": a proposal needs a candidate");
    }
    if (proposed == (proposalCorrect == null)) {
      throw new IllegalArgumentException(
          programId + ": proposalCorrect is set exactly when something was proposed");
    }
    if (!(originalRuntimeNs > 0) || Double.isInfinite(originalRuntimeNs)) {
      throw new IllegalArgumentException(programId + ": original runtime must be positive");
    }
    if (!proposed) {
      optimizedRuntimeNs = originalRuntimeNs;
    } else if (!(optimizedRuntimeNs > 0) || Double.isInfinite(optimizedRuntimeNs)) {
      throw new IllegalArgumentException(programId + ": optimized runtime must be positive");
    }
  }

  /** An outcome where nothing was proposed (with or without rejected candidates). */
  public static ProgramOutcome untouched(
      String programId, ProgramKind kind, int candidates, Boolean firstCandidatePassed,
      double originalRuntimeNs) {
    return new ProgramOutcome(programId, kind, candidates, firstCandidatePassed, false, null,
        originalRuntimeNs, originalRuntimeNs, 0, null);
  }

  /** An outcome where a candidate was proposed. */
  public static ProgramOutcome proposed(
      String programId, ProgramKind kind, int candidates, boolean firstCandidatePassed,
      boolean proposalCorrect, double originalRuntimeNs, double optimizedRuntimeNs) {
    return new ProgramOutcome(programId, kind, candidates, firstCandidatePassed, true,
        proposalCorrect, originalRuntimeNs, optimizedRuntimeNs, 0, null);
  }

  /** The same outcome with a note for humans. */
  public ProgramOutcome withDetail(String text) {
    return new ProgramOutcome(programId, kind, candidates, firstCandidatePassed, proposed,
        proposalCorrect, originalRuntimeNs, optimizedRuntimeNs, correctFasterRejected, text);
  }

  /** The same outcome with a count of correct, faster candidates the validator rejected. */
  public ProgramOutcome withCorrectFasterRejected(int count) {
    return new ProgramOutcome(programId, kind, candidates, firstCandidatePassed, proposed,
        proposalCorrect, originalRuntimeNs, optimizedRuntimeNs, count, detail);
  }

  /** A proposal that fails the suite's tests: the validator let a wrong rewrite through. */
  @JsonIgnore
  public boolean wrongProposal() {
    return proposed && !proposalCorrect;
  }

  /**
   * Whether the code left behind is functionally correct: either untouched or a correct proposal.
   * This is FasterPy's "accuracy = 1" condition applied to the product's output.
   */
  @JsonIgnore
  public boolean correct() {
    return !proposed || proposalCorrect;
  }

  /** %OPT's condition: a correct proposal with {@code optimized * 1.1 < original}. */
  @JsonIgnore
  public boolean optimized() {
    return proposed && proposalCorrect && optimizedRuntimeNs * EvalMetrics.OPT_THRESHOLD < originalRuntimeNs;
  }

  /** original / optimized for this program. */
  @JsonIgnore
  public double speedup() {
    return originalRuntimeNs / optimizedRuntimeNs;
  }
}
