package dev.flamefix.optimizer.testing;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.flamefix.optimizer.recipe.Recipe;
import dev.flamefix.optimizer.recipe.RecipeContext;
import java.util.Optional;

/** A recipe ({@code noop}) that says it fired but leaves the tree as it was: its outcome is the original. */
public final class NoChangeRecipe implements Recipe {
  @Override
  public String id() {
    return "noop";
  }

  @Override
  public String description() {
    return "fires, changes nothing";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext context) {
    return Optional.of("nothing");
  }
}
