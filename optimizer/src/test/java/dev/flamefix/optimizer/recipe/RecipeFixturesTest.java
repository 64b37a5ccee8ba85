package dev.flamefix.optimizer.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.optimizer.target.ResolvedTarget;
import dev.flamefix.optimizer.target.TargetResolver;
import dev.flamefix.optimizer.testing.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under {@code src/test/resources/recipes/<recipe-id>/}: {@code fire-*.java} must be
 * rewritten by that recipe (the output contains the {@code // expect:} text) and, compiled and run
 * with javax.tools, its {@code check()} must print exactly what the original prints;
 * {@code nofire-*.java} breaks one precondition and must be left alone; when its first line is
 * {@code // refuses: <text>}, the recipe's refusal reason must contain that text.
 */
class RecipeFixturesTest {
  static final Path FIXTURES = Path.of("src/test/resources/recipes");

  static Stream<Path> fixtures(String prefix) throws IOException {
    // -Dfixtures=recipe-a,recipe-b runs only those recipes' fixtures (a quick loop while editing one).
    List<String> only = List.of(System.getProperty("fixtures", "").split(",")).stream().filter(s -> !s.isBlank()).toList();
    return Files.walk(FIXTURES).filter(p -> p.getFileName().toString().startsWith(prefix))
        .filter(p -> only.isEmpty() || only.contains(p.getParent().getFileName().toString())).sorted();
  }

  static Stream<Path> firing() throws IOException {
    return fixtures("fire-");
  }

  static Stream<Path> notFiring() throws IOException {
    return fixtures("nofire-");
  }

  static Recipe recipe(Path fixture) {
    String id = fixture.getParent().getFileName().toString();
    return RecipeEngine.catalogue().stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no recipe " + id));
  }

  static Optional<RecipeOutcome> apply(Path fixture) {
    ResolvedTarget t = new TargetResolver(fixture).resolve("Fixture#target");
    return new RecipeEngine(List.of(recipe(fixture)))
        .applyOne(dev.flamefix.optimizer.target.JavaSources.parser(null), t.source(), t.method().getRange().orElseThrow(), List.of(recipe(fixture)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("firing")
  void firesAndBehavesTheSame(Path fixture) throws IOException {
    String original = Files.readString(fixture);
    Optional<RecipeOutcome> outcome = apply(fixture);
    assertThat(outcome).as("recipe should fire on " + fixture).isPresent();
    String patched = outcome.get().patchedSource();
    String expect = original.lines().findFirst().filter(l -> l.startsWith("// expect: ")).map(l -> l.substring(11)).orElseThrow();
    // Below the "// expect:" line itself, which the rewrite keeps and would always contain it.
    assertThat(patched.lines().skip(1).collect(java.util.stream.Collectors.joining("\n")))
        .as("rewrite of " + fixture).contains(expect);
    assertThat(outcome.get().explanation()).startsWith("[" + recipe(fixture).id() + "]");
    assertThat(outcome.get().changedMethods()).first().asString().startsWith("target(");

    String before = Compiler.callStatic(Compiler.compile(Map.of("Fixture", original)), "Fixture", "check");
    String after = Compiler.callStatic(Compiler.compile(Map.of("Fixture", patched)), "Fixture", "check");
    assertThat(after).as("behaviour of\n" + patched).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notFiring")
  void doesNotFireWhenAPreconditionFails(Path fixture) {
    // The fixture itself must be valid Java, so a "no fire" is not an accident of bad input.
    String source = readUnchecked(fixture);
    Compiler.compile(Map.of("Fixture", source));
    assertThat(apply(fixture)).as("recipe must not fire on " + fixture).isEmpty();
    // "// refuses: <text>" on the first line: the recipe must say so when it declines.
    Optional<String> refusal = source.lines().findFirst().filter(l -> l.startsWith("// refuses: ")).map(l -> l.substring(12));
    if (refusal.isPresent()) {
      ResolvedTarget t = new TargetResolver(fixture).resolve("Fixture#target");
      RecipeEngine.Result run = new RecipeEngine(List.of(recipe(fixture))).run(t.source(), null, t.method().getRange().orElseThrow());
      assertThat(run.notFired()).as("refusal reasons").extracting(RecipeEngine.NotFired::reason)
          .anySatisfy(reason -> assertThat(reason).contains(refusal.get()));
    }
  }

  @Test
  void everyRecipeHasFiringAndNonFiringFixtures() throws IOException {
    for (Recipe r : RecipeEngine.catalogue()) {
      Path dir = FIXTURES.resolve(r.id());
      try (Stream<Path> files = Files.list(dir)) {
        List<String> names = files.map(p -> p.getFileName().toString()).toList();
        assertThat(names).as(r.id()).anyMatch(n -> n.startsWith("fire-")).anyMatch(n -> n.startsWith("nofire-"));
      }
    }
    assertThat(RecipeEngine.catalogue()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(RecipeEngine.catalogue().stream().map(Recipe::id).distinct()).hasSize(RecipeEngine.catalogue().size());
  }

  private static String readUnchecked(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
