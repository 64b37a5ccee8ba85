package dev.flamefix.server.proposals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A validated rewrite waiting for (or past) review.
 *
 * @param id proposal id
 * @param app application, or {@code null} for requests without one
 * @param target {@code pkg.Class#method}
 * @param source candidate source: {@code recipe:<id>} or {@code model:<name>}
 * @param status review state
 * @param speedup the validator's measured speed-up
 * @param diff unified diff against the original file
 * @param report the validator's report (its {@code Verdict} as JSON)
 * @param evidence the report's key numbers: inputs tried, seed, benchmark scores
 * @param explanation what changed and why it is believed equivalent
 * @param suggestions knowledge-base case ids that were in the model's prompt
 * @param savings the savings estimate
 * @param createdAt ISO-8601
 * @param decidedAt ISO-8601, when reviewed
 * @param comment the reviewer's comment
 * @param jobId the optimization job that produced it
 * @param learnedCaseId the knowledge-base case written when it was accepted
 * @param validatedAt ISO-8601, when the measurement shown (speed-up, diff, evidence, report,
 *     savings) was made: the creation, or the latest time a later job validated the same patch
 *     while the proposal was undecided and refreshed it
 * @param validatedJobId the job whose validation is shown ({@code jobId} until a later job
 *     refreshes it)
 */
public record Proposal(
    String id,
    String app,
    String target,
    String source,
    ProposalStatus status,
    double speedup,
    String diff,
    JsonNode report,
    Evidence evidence,
    String explanation,
    List<String> suggestions,
    Savings savings,
    String createdAt,
    String decidedAt,
    String comment,
    String jobId,
    String learnedCaseId,
    String validatedAt,
    String validatedJobId) {

  public Proposal {
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
  }

  /** This proposal after a review. */
  public Proposal decided(ProposalStatus newStatus, String at, String newComment, String caseId) {
    return new Proposal(id, app, target, source, newStatus, speedup, diff, report, evidence, explanation, suggestions, savings,
        createdAt, at, newComment, jobId, caseId, validatedAt, validatedJobId);
  }

  /**
   * This proposal showing {@code newer}'s measurement of the same patch (source, speed-up, diff,
   * report, evidence, explanation, suggestions, savings, when and by which job it was validated);
   * its id, creation, producing job and review fields stay.
   */
  public Proposal refreshedWith(Proposal newer) {
    return new Proposal(id, app, target, newer.source, status, newer.speedup, newer.diff, newer.report, newer.evidence,
        newer.explanation, newer.suggestions, newer.savings, createdAt, decidedAt, comment, jobId, learnedCaseId,
        newer.validatedAt, newer.validatedJobId);
  }

  /** This proposal with when and by which job it was last validated (rows stored before V9 lack them). */
  Proposal validated(String at, String byJob) {
    return new Proposal(id, app, target, source, status, speedup, diff, report, evidence, explanation, suggestions,
        savings, createdAt, decidedAt, comment, jobId, learnedCaseId, at, byJob);
  }
}
