package dev.flamefix.optimizer.recipe;

import java.util.List;

/**
 * One recipe (or a chain of them) that fired.
 *
 * @param recipeIds the recipes applied, in order (one unless the outcome is a combination)
 * @param patchedSource the whole compilation unit after the rewrite; it parses
 * @param changedMethods the target's signature plus any helper methods/constants added
 * @param explanation what each recipe did and why it is safe
 */
public record RecipeOutcome(List<String> recipeIds, String patchedSource, List<String> changedMethods, String explanation) {
  public RecipeOutcome {
    recipeIds = List.copyOf(recipeIds);
    changedMethods = List.copyOf(changedMethods);
  }

  /** {@code recipe:<id>} or {@code recipe:<id>+<id>} for a combination. */
  public String source() {
    return "recipe:" + String.join("+", recipeIds);
  }
}
