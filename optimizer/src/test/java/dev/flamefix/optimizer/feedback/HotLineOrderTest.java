package dev.flamefix.optimizer.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.Range;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.flamefix.optimizer.recipe.RecipeEngine;
import dev.flamefix.optimizer.recipe.RecipeOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class HotLineOrderTest {

  /** Two anti-patterns in one method: a concatenation loop (line 8) and a regex loop (line 12). */
  static final String SOURCE = """
      package p;
      import java.util.List;
      import java.util.regex.Pattern;
      public class Two {
        public String run(List<String> items) {
          String out = "";
          for (String s : items) {
            out += s;
          }
          int n = 0;
          for (String s : items) {
            if (Pattern.compile("a+b").matcher(s).matches()) n++;
          }
          return out + n;
        }
      }
      """;

  private static List<RecipeOutcome> singleRecipes() {
    MethodDeclaration m = StaticJavaParser.parse(SOURCE).findFirst(MethodDeclaration.class).orElseThrow();
    Range range = m.getRange().orElseThrow();
    return new RecipeEngine().apply(SOURCE, null, range).stream()
        .filter(o -> o.recipeIds().size() == 1).toList();
  }

  private static List<String> order(int hotLine) {
    ProfileEvidence e = new ProfileEvidence(0.3, List.of(new ProfileEvidence.HotLine(hotLine, 0.8)));
    return HotLineOrder.hotFirst(singleRecipes(), e, SOURCE, RecipeOutcome::patchedSource).stream()
        .map(RecipeOutcome::source).toList();
  }

  @Test
  void bothRecipesFireAndEachTouchesItsOwnLine() {
    List<RecipeOutcome> fired = singleRecipes();
    assertThat(fired).extracting(RecipeOutcome::source)
        .contains("recipe:string-concat-in-loop", "recipe:regex-recompiled");
    for (RecipeOutcome o : fired) {
      if (o.source().equals("recipe:string-concat-in-loop")) {
        assertThat(HotLineOrder.changedLines(SOURCE, o.patchedSource())).contains(8).doesNotContain(12);
      } else if (o.source().equals("recipe:regex-recompiled")) {
        assertThat(HotLineOrder.changedLines(SOURCE, o.patchedSource())).contains(12).doesNotContain(8);
      }
    }
  }

  @Test
  void theRecipeChangingTheHotLineIsTriedFirst() {
    assertThat(order(8).get(0)).isEqualTo("recipe:string-concat-in-loop");
    assertThat(order(12).get(0)).isEqualTo("recipe:regex-recompiled");
  }

  @Test
  void withoutHotLinesTheOrderIsUnchanged() {
    List<RecipeOutcome> fired = singleRecipes();
    assertThat(HotLineOrder.hotFirst(fired, ProfileEvidence.share(0.3), SOURCE, RecipeOutcome::patchedSource))
        .isSameAs(fired);
  }

  @Test
  void itemsNotTouchingAHotLineKeepTheirOrderBehindThoseThatDo() {
    String original = "a\nb\nc\nd\n";
    List<String> patched = List.of("a\nB\nc\nd\n", "A\nb\nc\nd\n", "a\nb\nC\nd\n", "a\nb\nc\nD\n");
    ProfileEvidence e = new ProfileEvidence(0, List.of(
        new ProfileEvidence.HotLine(3, 0.6), new ProfileEvidence.HotLine(4, 0.2)));

    assertThat(HotLineOrder.hotFirst(patched, e, original, s -> s))
        .containsExactly("a\nb\nC\nd\n", "a\nb\nc\nD\n", "a\nB\nc\nd\n", "A\nb\nc\nd\n");
  }
}
