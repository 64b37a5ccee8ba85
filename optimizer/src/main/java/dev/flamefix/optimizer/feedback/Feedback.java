package dev.flamefix.optimizer.feedback;

import java.util.List;
import java.util.Objects;

/**
 * Why a model's candidate was not taken, for the next message to that model: the outcome, the
 * one-sentence reason, the details that let it fix the problem (the counterexample, compile
 * errors, the measured times, the lines no input reached, the splice refusal) and the profile
 * evidence for the target. The optimizer renders it with the prompt template's {@code [feedback]}
 * section.
 *
 * @param outcome "rejected", "unproven" or "not usable" (the answer could not be spliced)
 * @param reason one sentence
 * @param details one fact per line, most useful first; may be empty
 * @param evidence what the profile says about the target
 */
public record Feedback(String outcome, String reason, List<String> details, ProfileEvidence evidence) {

  public Feedback {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    details = List.copyOf(details);
    evidence = evidence == null ? ProfileEvidence.NONE : evidence;
  }

  /** Feedback on an answer the optimizer could not use (no code, or the splicer refused it). */
  public static Feedback notUsable(String reason, ProfileEvidence evidence) {
    return new Feedback("not usable", reason, List.of(), evidence);
  }
}
