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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expression holes: a primitive variable of a case that its fix only reads may be matched by a
 * side-effect-free expression of the target, and only then.
 */
class ExpressionHoleTemplateTest {
  private static final Map<String, Case> SEEDS = SeedCorpus.fromClasspath(SeedCorpus.RESOURCE_ROOT).stream()
      .map(SeedCase::toCase).collect(Collectors.toMap(Case::id, Function.identity()));
  private static final String CASE = "pair-has-total";

  @TempDir Path dir;

  private static List<TemplateLibrary.Applied> apply(String source) {
    TemplateLibrary lib = new TemplateLibrary(id -> Optional.ofNullable(SEEDS.get(id)));
    MethodDeclaration m = JavaSources.parse(source, "t").findAll(MethodDeclaration.class).stream()
        .filter(d -> d.getNameAsString().equals("affordable")).findFirst().orElseThrow();
    Range range = m.getRange().orElseThrow();
    return lib.apply(source, null, range, List.of(new Suggestion(CASE, "c", "summary", 0.9, 3.0)));
  }

  private static String shop(String fields, String params, String body) {
    return """
        package shop;

        class Bundles {
          %s
          boolean affordable(int[] prices, %s) {
            %s
            return false;
          }
        }
        """.formatted(fields, params, body);
  }

  private static final String LOOP = """
      for (int a = 0; a < prices.length; a++) {
        for (int b = a + 1; b < prices.length; b++) {
          if (prices[a] + prices[b] == EXPR) {
            return true;
          }
        }
      }
      """;

  private Object run(String source, Object... args) throws Exception {
    Path out = Files.createTempDirectory(dir, "c");
    Path src = out.resolve("shop/Bundles.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source);
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(), src.toString()))
        .as(source).isZero();
    try (URLClassLoader cl = new URLClassLoader(new URL[] {out.toUri().toURL()})) {
      Class<?> c = cl.loadClass("shop.Bundles");
      var ctor = c.getDeclaredConstructor();
      ctor.setAccessible(true);
      Method m = java.util.Arrays.stream(c.getDeclaredMethods()).filter(x -> x.getName().equals("affordable")).findFirst().orElseThrow();
      m.setAccessible(true);
      return m.invoke(ctor.newInstance(), args);
    }
  }

  @Test
  void anArithmeticExpressionOfUnchangedParametersBindsTheHoleAndBehavesTheSame() throws Exception {
    String source = shop("", "int budget, int shipping", LOOP.replace("EXPR", "budget - shipping"));
    List<TemplateLibrary.Applied> applied = apply(source);

    assertThat(applied).singleElement().satisfies(a -> assertThat(a.outcome().patchedSource())
        .contains("contains((budget - shipping) - ").doesNotContain("prices[a] + prices[b]"));
    String patched = applied.get(0).outcome().patchedSource();
    int[][] inputs = {{}, {5}, {1, 2, 3, 4}, {7, 7}, {-3, 10, 4, 9}};
    for (int[] in : inputs) {
      for (int budget = -2; budget < 22; budget += 3) {
        assertThat(run(patched, in, budget, 2)).as("%s %d", java.util.Arrays.toString(in), budget)
            .isEqualTo(run(source, in, budget, 2));
      }
    }
  }

  @Test
  void anExpressionOverALoopVariableOfTheMatchDoesNotBind() {
    // a + 3 changes with the loop: hoisting it out as the fix hoists the target would change the result.
    assertThat(apply(shop("", "int budget", LOOP.replace("EXPR", "a + budget")))).isEmpty();
  }

  @Test
  void fieldsDivisionsCallsAndBoxedValuesDoNotBind() {
    assertThat(apply(shop("int fee;", "int budget", LOOP.replace("EXPR", "budget - fee")))).isEmpty();
    assertThat(apply(shop("", "int budget, int parts", LOOP.replace("EXPR", "budget / parts")))).isEmpty();
    assertThat(apply(shop("int cap() { return 4; }", "int budget", LOOP.replace("EXPR", "budget - cap()")))).isEmpty();
    assertThat(apply(shop("", "Integer budget, int shipping", LOOP.replace("EXPR", "budget - shipping")))).isEmpty();
  }

  @Test
  void aPlainVariableStillMatchesAsBefore() {
    assertThat(apply(shop("", "int budget", LOOP.replace("EXPR", "budget")))).singleElement()
        .satisfies(a -> assertThat(a.outcome().patchedSource()).contains("contains(budget - "));
  }
}
