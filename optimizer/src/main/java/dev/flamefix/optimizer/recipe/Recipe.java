package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.body.MethodDeclaration;
import java.util.Optional;

/**
 * A deterministic rewrite of one Java anti-pattern. A recipe inspects the target method, fires
 * only when its documented preconditions hold (they are what makes the rewrite behaviour
 * preserving), mutates the method (and, if it must, its class: constants, helpers, imports) and
 * returns what it did in words. When it does not fire it must leave the tree untouched.
 */
public interface Recipe {
  /** The knowledge-base category id this recipe fixes, e.g. {@code string-concat-in-loop}. */
  String id();

  /** One line on the rewrite, for the catalogue. */
  String description();

  /**
   * Tries the rewrite on {@code method}, which lives in a unit parsed with a symbol solver.
   *
   * @return an explanation of every change, or empty if the preconditions do not hold
   */
  Optional<String> apply(MethodDeclaration method, RecipeContext context);
}
