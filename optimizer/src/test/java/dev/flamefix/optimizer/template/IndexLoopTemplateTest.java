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

/** A for-each pattern over an array matches the equivalent index loop, and nothing that only looks like one. */
class IndexLoopTemplateTest {
  private static final Map<String, Case> SEEDS = SeedCorpus.fromClasspath(SeedCorpus.RESOURCE_ROOT).stream()
      .map(SeedCase::toCase).collect(Collectors.toMap(Case::id, Function.identity()));
  private static final String CASE = "search-common-ids-array";

  @TempDir Path dir;

  private static List<TemplateLibrary.Applied> apply(String source) {
    TemplateLibrary lib = new TemplateLibrary(id -> Optional.ofNullable(SEEDS.get(id)));
    MethodDeclaration m = JavaSources.parse(source, "t").findAll(MethodDeclaration.class).stream()
        .filter(d -> d.getNameAsString().equals("shared")).findFirst().orElseThrow();
    Range range = m.getRange().orElseThrow();
    return lib.apply(source, null, range, List.of(new Suggestion(CASE, "c", "summary", 0.9, 3.0)));
  }

  private static String roster(String outer, String inner) {
    return """
        package club;

        class Roster {
          int shared(int[] mine, int[] theirs) {
            int count = 0;
            OUTER
              INNER
                if (id == other) {
                  count++;
                  break;
                }
              }
            }
            return count;
          }
        }
        """.replace("OUTER", outer).replace("INNER", inner);
  }

  private static final String INDEX_OUTER = "for (int i = 0; i < mine.length; i++) {\n int id = mine[i];";
  private static final String INDEX_INNER = "for (int j = 0; j < theirs.length; ++j) {\n int other = theirs[j];";

  private Object run(String source, Object... args) throws Exception {
    Path out = Files.createTempDirectory(dir, "c");
    Path src = out.resolve("club/Roster.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source);
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(), src.toString()))
        .as(source).isZero();
    try (URLClassLoader cl = new URLClassLoader(new URL[] {out.toUri().toURL()})) {
      Class<?> c = cl.loadClass("club.Roster");
      var ctor = c.getDeclaredConstructor();
      ctor.setAccessible(true);
      Method m = Arrays.stream(c.getDeclaredMethods()).filter(x -> x.getName().equals("shared")).findFirst().orElseThrow();
      m.setAccessible(true);
      return m.invoke(ctor.newInstance(), args);
    }
  }

  @Test
  void indexLoopsOverArraysMatchTheForEachPatternAndBehaveTheSame() throws Exception {
    String source = roster(INDEX_OUTER, INDEX_INNER);
    List<TemplateLibrary.Applied> applied = apply(source);

    assertThat(applied).singleElement().satisfies(a -> assertThat(a.outcome().patchedSource()).contains("HashSet")
        .doesNotContain("theirs[j]"));
    String patched = applied.get(0).outcome().patchedSource();
    int[][][] inputs = {{{}, {}}, {{1, 2, 2, 3}, {2, 3, 3}}, {{5}, {}}, {{-1, 7}, {7, -1, 7}}};
    for (int[][] in : inputs) {
      assertThat(run(patched, in[0], in[1])).isEqualTo(run(source, in[0], in[1]));
    }
  }

  @Test
  void mixedForEachAndIndexLoopsMatchToo() {
    assertThat(apply(roster("for (int id : mine) {", INDEX_INNER))).singleElement();
  }

  @Test
  void anIndexUsedBeyondTheElementOrAnArrayWrittenOrAStridedLoopDoesNotMatch() {
    // j read again: the loop is not a plain element scan.
    assertThat(apply(roster(INDEX_OUTER, INDEX_INNER.replace("int other = theirs[j];", "int other = theirs[j] + j - j;")))).isEmpty();
    assertThat(apply(roster(INDEX_OUTER, "for (int j = 0; j < theirs.length; j++) {\n int other = theirs[j]; if (j > 2) { }"))).isEmpty();
    // Starts at 1 or steps by 2: visits other elements than a for-each.
    assertThat(apply(roster(INDEX_OUTER, INDEX_INNER.replace("int j = 0", "int j = 1")))).isEmpty();
    assertThat(apply(roster(INDEX_OUTER, INDEX_INNER.replace("++j", "j += 2")))).isEmpty();
    // The array variable is reassigned in the body: a for-each would keep iterating the old one.
    assertThat(apply(roster(INDEX_OUTER, INDEX_INNER.replace("int other = theirs[j];", "int other = theirs[j]; theirs = mine;")))).isEmpty();
  }
}
