package dev.flamefix.optimizer.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rewritten code of the method-reference and stream-lambda fixtures, read below their
 * {@code // expect:} line (which itself contains the text, so {@link RecipeFixturesTest}'s check
 * alone would pass on a file the recipe left as it was).
 */
class StreamLambdaFormsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "stream-count-for-existence/fire-method-ref-unbound.java|return blades.stream().anyMatch(Blade::isCracked);",
      "stream-count-for-existence/fire-method-ref-literal-fused.java|anyMatch( item -> \"urgent\".equals(item) && (item != null))",
      "loop-invariant/fire-stream-lambda-checked-parameter.java|filter(d -> d.zone().equals(toUpperCaseOnce))",
      "loop-invariant/fire-stream-lambda-math.java|filter(a -> Math.abs(a) > 3 * sqrtOnce)"})
  void rewrittenCodeHasTheNewForm(String fixture, String expected) {
    String patched = RecipeFixturesTest.apply(RecipeFixturesTest.FIXTURES.resolve(Path.of(fixture))).orElseThrow().patchedSource();
    assertThat(patched.substring(patched.indexOf('\n') + 1)).contains(expected);
  }
}
