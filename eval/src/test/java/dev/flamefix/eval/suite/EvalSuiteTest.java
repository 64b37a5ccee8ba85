package dev.flamefix.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a suite from disk and refusing malformed ones with a message naming the problem. */
class EvalSuiteTest {

  @TempDir Path root;

  private void program(String id, String kind, String categories, boolean withReference) throws IOException {
    Path dir = Files.createDirectories(root.resolve(id));
    Files.writeString(dir.resolve("program.json"), """
        {"id": "%s", "title": "t", "kind": "%s", "categories": %s, "fix": "f",
         "className": "a.B", "targets": ["a.B#m"]}
        """.formatted(id, kind, categories));
    Files.writeString(dir.resolve("slow.java"), "package a; public class B { public static int m() { return 1; } }");
    if (withReference) {
      Files.writeString(dir.resolve("reference.java"), "package a; public class B { public static int m() { return 1; } }");
    }
    Files.writeString(dir.resolve("workload.java"), "package a; public final class BWorkload {}");
    Files.writeString(dir.resolve("tests.json"), "[{\"method\": \"m\", \"args\": [], \"expected\": 1}]");
  }

  @Test
  void loadsProgramsInIndexOrder() throws IOException {
    program("p2", "recipe", "[\"loop-invariant\"]", true);
    program("p1", "already-fast", "[]", false);
    Files.writeString(root.resolve("index.txt"), "# comment\np2\n\np1  # trailing comment\n");
    List<EvalProgram> programs = EvalSuite.load(root);
    assertThat(programs).extracting(EvalProgram::id).containsExactly("p2", "p1");
    assertThat(programs.get(1).referenceSource()).isEqualTo(programs.get(1).slowSource());
    assertThat(programs.get(0).tests().get(0).expected().asInt()).isEqualTo(1);
  }

  @Test
  void refusesUnlistedDirectories() throws IOException {
    program("p1", "recipe", "[\"loop-invariant\"]", true);
    program("stray", "recipe", "[\"loop-invariant\"]", true);
    Files.writeString(root.resolve("index.txt"), "p1\n");
    assertThatThrownBy(() -> EvalSuite.load(root)).isInstanceOf(SuiteFormatException.class).hasMessageContaining("stray");
  }

  @Test
  void refusesUnknownCategoryAndKind() throws IOException {
    program("p1", "recipe", "[\"made-up\"]", true);
    Files.writeString(root.resolve("index.txt"), "p1\n");
    assertThatThrownBy(() -> EvalSuite.load(root)).hasMessageContaining("unknown category 'made-up'");
    program("p1", "speedy", "[]", true);
    assertThatThrownBy(() -> EvalSuite.load(root)).hasMessageContaining("unknown program kind 'speedy'");
  }

  @Test
  void acceptsTheIssue14FamiliesAsCategories() throws IOException {
    program("p1", "recipe", "[\"list-as-set\", \"array-copy-loop\"]", true);
    Files.writeString(root.resolve("index.txt"), "p1\n");
    assertThat(EvalSuite.load(root).get(0).categories()).containsExactly("list-as-set", "array-copy-loop");
  }

  @Test
  void recipeProgramNeedsAReference() throws IOException {
    program("p1", "recipe", "[\"loop-invariant\"]", false);
    Files.writeString(root.resolve("index.txt"), "p1\n");
    assertThatThrownBy(() -> EvalSuite.load(root)).hasMessageContaining("program p1: missing reference.java");
  }

  @Test
  void testNeedsExactlyOneOfExpectedAndThrows() throws IOException {
    program("p1", "recipe", "[\"loop-invariant\"]", true);
    Files.writeString(root.resolve("index.txt"), "p1\n");
    Files.writeString(root.resolve("p1/tests.json"),
        "[{\"method\": \"m\", \"args\": [], \"expected\": 1, \"throws\": \"java.lang.Error\"}]");
    assertThatThrownBy(() -> EvalSuite.load(root)).hasMessageContaining("exactly one of 'expected' and 'throws'");
  }

  @Test
  void explicitNullIsAnExpectedValue() throws IOException {
    program("p1", "recipe", "[\"loop-invariant\"]", true);
    Files.writeString(root.resolve("index.txt"), "p1\n");
    Files.writeString(root.resolve("p1/tests.json"), "[{\"method\": \"m\", \"args\": [], \"expected\": null}]");
    assertThat(EvalSuite.load(root).get(0).tests().get(0).expected().isNull()).isTrue();
  }

  @Test
  void duplicateIndexEntryIsRefused() throws IOException {
    program("p1", "recipe", "[\"loop-invariant\"]", true);
    Files.writeString(root.resolve("index.txt"), "p1\np1\n");
    assertThatThrownBy(() -> EvalSuite.load(root)).hasMessageContaining("lists p1 twice");
  }
}
