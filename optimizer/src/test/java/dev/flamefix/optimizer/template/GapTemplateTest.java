package dev.flamefix.optimizer.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.Range;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.flamefix.kb.Case;
import dev.flamefix.kb.seed.SeedCase;
import dev.flamefix.kb.seed.SeedCorpus;
import dev.flamefix.optimizer.retrieval.Suggestion;
import dev.flamefix.optimizer.target.JavaSources;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Context statements between the statements a template matches: allowed only when they commute with them. */
class GapTemplateTest {
  private static final Map<String, Case> SEEDS = SeedCorpus.fromClasspath(SeedCorpus.RESOURCE_ROOT).stream()
      .map(SeedCase::toCase).collect(Collectors.toMap(Case::id, Function.identity()));
  private static final String CASE = "sorted-rank-upper-bound";

  @TempDir Path dir;

  private static List<TemplateLibrary.Applied> apply(String source) {
    TemplateLibrary lib = new TemplateLibrary(id -> Optional.ofNullable(SEEDS.get(id)));
    MethodDeclaration m = JavaSources.parse(source, "t").findAll(MethodDeclaration.class).stream()
        .filter(d -> d.getNameAsString().equals("ranks")).findFirst().orElseThrow();
    Range range = m.getRange().orElseThrow();
    return lib.apply(source, null, range, List.of(new Suggestion(CASE, "c", "summary", 0.9, 3.0)));
  }

  private static String ladder(String gap) {
    return """
        package league;

        class Ladder {
          int[] ranks(long[] sorted, long[] queries, int bonus) {
            int[] out = new int[queries.length];
            for (int q = 0; q < queries.length; q++) {
              long key = queries[q];
              int pos = 0;
              GAP
              while (pos < sorted.length && sorted[pos] <= key) {
                pos++;
              }
              out[q] = pos;
            }
            return out;
          }
        }
        """.replace("GAP", gap);
  }

  private Object run(String source, Object... args) throws Exception {
    Path out = Files.createTempDirectory(dir, "c");
    Path src = out.resolve("league/Ladder.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source);
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(), src.toString()))
        .as(source).isZero();
    try (URLClassLoader cl = new URLClassLoader(new URL[] {out.toUri().toURL()})) {
      Class<?> c = cl.loadClass("league.Ladder");
      var ctor = c.getDeclaredConstructor();
      ctor.setAccessible(true);
      Method m = Arrays.stream(c.getDeclaredMethods()).filter(x -> x.getName().equals("ranks")).findFirst().orElseThrow();
      m.setAccessible(true);
      return m.invoke(ctor.newInstance(), args);
    }
  }

  @Test
  void anIndependentPrimitiveDeclarationBetweenMatchedStatementsMovesInFrontAndBehaviourIsKept() throws Exception {
    String source = ladder("int budget = bonus * 2 + 1;");
    List<TemplateLibrary.Applied> applied = apply(source);

    assertThat(applied).singleElement().satisfies(a -> assertThat(a.outcome().patchedSource())
        .contains("int budget = bonus * 2 + 1;").contains(">>> 1").doesNotContain("pos++"));
    String patched = applied.get(0).outcome().patchedSource();
    long[] sorted = {-4, 0, 0, 3, 8, 8, 8, 21};
    long[] queries = {-9, -4, 0, 1, 8, 20, 21, 99};
    assertThat((int[]) run(patched, sorted, queries, 1)).isEqualTo((int[]) run(source, sorted, queries, 1));
    assertThat((int[]) run(patched, new long[0], queries, 1)).isEqualTo((int[]) run(source, new long[0], queries, 1));
  }

  @Test
  void aGapThatTouchesAMatchedVariableOrHasEffectsIsNotSkipped() {
    // Writes the matched counter: moving it in front would change the result.
    assertThat(apply(ladder("pos = bonus;"))).isEmpty();
    // Reads the matched key: conservative, names shared with the match never commute.
    assertThat(apply(ladder("long half = key;"))).isEmpty();
    // A call may have effects; a division may throw.
    assertThat(apply(ladder("int n = queries.length;"))).isEmpty();
    assertThat(apply(ladder("int share = 100 / bonus;"))).isEmpty();
  }

  @Test
  void withoutAGapTheTemplateStillMatches() {
    assertThat(apply(ladder(""))).singleElement();
  }
}
