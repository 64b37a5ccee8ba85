package dev.flamefix.optimizer;

import dev.flamefix.optimizer.context.CleanedContext;
import dev.flamefix.optimizer.model.Conversation;
import java.util.List;
import java.util.Map;

/**
 * Everything one {@link Optimizer#run} produced.
 *
 * @param candidates de-duplicated candidates, recipes first
 * @param rejections model answers that could not be used, each with its reason
 * @param contexts the cleaned context per target
 * @param dropped candidates that were made and then left out before validation, each with why
 *     (the same code as an earlier candidate, or no change to the original)
 * @param notFired recipes that recognised their anti-pattern in a target and refused to rewrite
 *     it, each with the precondition that failed
 */
public record OptimizationReport(List<Candidate> candidates, List<Rejection> rejections, Map<String, CleanedContext> contexts,
    List<Drop> dropped, List<NotFired> notFired) {
  public OptimizationReport {
    candidates = List.copyOf(candidates);
    rejections = List.copyOf(rejections);
    contexts = Map.copyOf(contexts);
    dropped = List.copyOf(dropped);
    notFired = List.copyOf(notFired);
  }

  /** A report in which no candidate was dropped and no recipe explained a refusal. */
  public OptimizationReport(List<Candidate> candidates, List<Rejection> rejections, Map<String, CleanedContext> contexts) {
    this(candidates, rejections, contexts, List.of(), List.of());
  }

  /** The recipes that refused {@code target}, with why. */
  public List<NotFired> notFiredFor(String target) {
    return notFired.stream().filter(n -> n.target().equals(target)).toList();
  }

  /**
   * A recipe that found its anti-pattern's shape in a target and did not fire.
   *
   * @param source {@code recipe:<id>}
   * @param target the target
   * @param reason the precondition that failed, in the user's terms
   */
  public record NotFired(String source, String target, String reason) {
    /** {@code source: reason}, as progress lines and summaries print it. */
    @Override
    public String toString() {
      return source + ": " + reason;
    }
  }

  /** The dropped candidates of {@code target}. */
  public List<Drop> droppedFor(String target) {
    return dropped.stream().filter(d -> d.target().equals(target)).toList();
  }

  /**
   * A candidate that was generated and then left out before validation, so a user who saw it
   * counted at generation learns where it went.
   *
   * @param source {@code recipe:<id>} or {@code model:<name>}
   * @param target the target
   * @param reason why it was left out
   */
  public record Drop(String source, String target, String reason) {
    /** {@code source: reason}, as progress lines and summaries print it. */
    @Override
    public String toString() {
      return source + ": " + reason;
    }
  }

  /**
   * A model answer (or call) that produced no candidate.
   *
   * @param source {@code model:<name>}
   * @param target the target
   * @param reason why: splice rejection, parse failure, truncation, HTTP status, time-out
   * @param conversation the chat whose last answer this is, which a feedback round can continue;
   *     null when no answer arrived
   */
  public record Rejection(String source, String target, String reason, Conversation conversation) {

    /** A rejection with no answer to continue from (a failed call). */
    public Rejection(String source, String target, String reason) {
      this(source, target, reason, null);
    }
  }
}
