package dev.flamefix.optimizer.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.optimizer.target.ResolvedTarget;
import dev.flamefix.optimizer.target.TargetResolver;
import dev.flamefix.optimizer.testing.Compiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeEngineTest {
  static final String SOURCE = """
      import java.util.*;

      public class Mixed {
        /** Two anti-patterns in one method. */
        public static String target(List<String> words, List<String> banned) {
          String out = "";
          Long letters = 0L;
          for (String w : words) {
            if (!banned.contains(w)) {
              out += w + ";";
              letters += w.length();
            }
          }
          return out + letters;
        }

        public static String check() {
          return target(List.of("a", "bb", "a", "ccc"), List.of("bb")) + "|" + target(List.of(), List.of());
        }
      }
      """;

  @Test
  void eachFiringRecipeIsACandidateAndTheirCombinationToo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("Mixed.java");
    Files.writeString(file, SOURCE);
    ResolvedTarget t = new TargetResolver(file).resolve("Mixed#target");
    List<RecipeOutcome> outcomes = new RecipeEngine().apply(t.source(), null, t.method().getRange().orElseThrow());

    assertThat(outcomes).extracting(RecipeOutcome::source).containsExactly("recipe:string-concat-in-loop",
        "recipe:linear-search-in-loop", "recipe:boxed-accumulation",
        "recipe:string-concat-in-loop+linear-search-in-loop+boxed-accumulation");
    RecipeOutcome combined = outcomes.get(3);
    assertThat(combined.patchedSource()).contains("StringBuilder out", "containsLikeList(bannedSet, banned, w)", "long letters = 0L", "/** Two anti-patterns");
    assertThat(combined.explanation().lines()).hasSize(3);
    String before = Compiler.callStatic(Compiler.compile(Map.of("Mixed", SOURCE)), "Mixed", "check");
    for (RecipeOutcome o : outcomes) {
      assertThat(Compiler.callStatic(Compiler.compile(Map.of("Mixed", o.patchedSource())), "Mixed", "check"))
          .as(o.source()).isEqualTo(before);
    }
  }

  @Test
  void aRecipeThatRefusesOrCrashesSaysSoAndTheOthersStillFire(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("Mixed.java");
    Files.writeString(file, SOURCE);
    ResolvedTarget t = new TargetResolver(file).resolve("Mixed#target");
    Recipe refuses = new Named("refuses") {
      @Override
      public java.util.Optional<String> apply(com.github.javaparser.ast.body.MethodDeclaration m, RecipeContext ctx) {
        return ctx.refuse("the list 'banned' may change");
      }
    };
    Recipe crashes = new Named("crashes") {
      @Override
      public java.util.Optional<String> apply(com.github.javaparser.ast.body.MethodDeclaration m, RecipeContext ctx) {
        throw new IllegalStateException("unexpected node\nsecond line");
      }
    };
    Recipe silent = new Named("silent") {
      @Override
      public java.util.Optional<String> apply(com.github.javaparser.ast.body.MethodDeclaration m, RecipeContext ctx) {
        return java.util.Optional.empty();
      }
    };

    RecipeEngine.Result run = new RecipeEngine(List.of(refuses, crashes, silent, new StringConcatInLoopRecipe()))
        .run(t.source(), null, t.method().getRange().orElseThrow());

    assertThat(run.fired()).extracting(RecipeOutcome::source).containsExactly("recipe:string-concat-in-loop");
    assertThat(run.notFired()).extracting(Object::toString).containsExactly(
        "refuses: the list 'banned' may change",
        "crashes: could not analyse this method (IllegalStateException: unexpected node)");
  }

  /** A test recipe with only a name. */
  private abstract static class Named implements Recipe {
    private final String id;

    Named(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String description() {
      return id;
    }
  }
}
