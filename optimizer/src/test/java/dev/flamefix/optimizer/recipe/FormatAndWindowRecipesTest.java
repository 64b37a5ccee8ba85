package dev.flamefix.optimizer.recipe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code string-format-in-loop} and {@code sliding-window-recompute} fixtures alone, with the
 * same checks as {@link RecipeFixturesTest} (which also runs them): a quick loop while editing these
 * two recipes.
 */
class FormatAndWindowRecipesTest {
  static Stream<Path> fixtures(String prefix) throws IOException {
    return Stream.of("string-format-in-loop", "sliding-window-recompute")
        .flatMap(dir -> {
          try (Stream<Path> files = Files.list(RecipeFixturesTest.FIXTURES.resolve(dir))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList().stream();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  static Stream<Path> firing() throws IOException {
    return fixtures("fire-");
  }

  static Stream<Path> notFiring() throws IOException {
    return fixtures("nofire-");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("firing")
  void firesAndBehavesTheSame(Path fixture) throws IOException {
    new RecipeFixturesTest().firesAndBehavesTheSame(fixture);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notFiring")
  void doesNotFireWhenAPreconditionFails(Path fixture) {
    new RecipeFixturesTest().doesNotFireWhenAPreconditionFails(fixture);
  }
}
