package dev.flamefix.server.learning;

import java.util.List;

/**
 * One observed outcome of a candidate strategy.
 *
 * @param strategy the candidate source, e.g. {@code recipe:string-concat-in-loop}
 * @param kind {@link Kind#VALIDATION} for the validator's verdict, {@link Kind#REVIEW} for a human
 *     decision on the proposal
 * @param accepted accepted by the validator (or approved by the reviewer)
 * @param speedup the measured speed-up (0 when not benchmarked)
 * @param recipe the recipe id(s) for recipe candidates, else {@code null}
 * @param model the model name for model candidates, else {@code null}
 * @param suggestions knowledge-base case ids that were in the prompt
 * @param target the target method
 */
public record StrategyOutcome(
    String strategy, Kind kind, boolean accepted, double speedup, String recipe, String model,
    List<String> suggestions, String target) {

  /** Where an outcome came from. */
  public enum Kind { VALIDATION, REVIEW }

  public StrategyOutcome {
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
  }

  /** An outcome for {@code strategy}, splitting it into recipe id or model name. */
  public static StrategyOutcome of(
      String strategy, Kind kind, boolean accepted, double speedup, List<String> suggestions, String target) {
    String recipe = strategy.startsWith("recipe:") ? strategy.substring("recipe:".length()) : null;
    String model = strategy.startsWith("model:") ? strategy.substring("model:".length()) : null;
    return new StrategyOutcome(strategy, kind, accepted, speedup, recipe, model, suggestions, target);
  }
}
