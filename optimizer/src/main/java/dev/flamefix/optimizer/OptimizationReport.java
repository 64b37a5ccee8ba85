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
 */
public record OptimizationReport(List<Candidate> candidates, List<Rejection> rejections, Map<String, CleanedContext> contexts) {
  public OptimizationReport {
    candidates = List.copyOf(candidates);
    rejections = List.copyOf(rejections);
    contexts = Map.copyOf(contexts);
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
