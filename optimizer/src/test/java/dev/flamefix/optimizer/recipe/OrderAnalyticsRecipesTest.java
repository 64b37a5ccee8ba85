package dev.flamefix.optimizer.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.optimizer.target.ResolvedTarget;
import dev.flamefix.optimizer.target.TargetResolver;
import dev.flamefix.optimizer.testing.Compiler;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo's four anti-pattern methods: the matching recipe fires and the rewrite behaves the same. */
class OrderAnalyticsRecipesTest {
  static final Path ROOT = Path.of("../examples/src/main/java");
  static final String PKG = "dev.flamefix.examples.orders.";

  @ParameterizedTest
  @CsvSource({
    "renderReport, string-concat-in-loop, StringBuilder",
    "countKnownCustomers, linear-search-in-loop, new HashSet<>(knownCustomers)",
    "countValidSkus, regex-recompiled, Pattern.compile(\"[A-Z]{3}-[0-9]{4}\")",
    "totalCents, boxed-accumulation, long total = 0L"
  })
  void recipeFiresOnExampleAndPreservesBehaviour(String method, String recipe, String expected) throws Exception {
    ResolvedTarget t = new TargetResolver(ROOT).resolve(PKG + "OrderAnalytics#" + method);
    List<RecipeOutcome> outcomes = new RecipeEngine().apply(t.source(), ROOT, t.method().getRange().orElseThrow());

    assertThat(outcomes).extracting(RecipeOutcome::source).contains("recipe:" + recipe);
    RecipeOutcome o = outcomes.stream().filter(x -> x.source().equals("recipe:" + recipe)).findFirst().orElseThrow();
    assertThat(o.patchedSource()).contains(expected);
    // Whatever the recipe adds (a hoisted constant, a helper) sits at member indentation: the
    // reviewer reads this text as a diff.
    assertThat(o.patchedSource().lines()).noneMatch(l -> l.startsWith("private ") || l.startsWith("static "));
    assertThat(o.explanation()).isNotBlank();

    String order = Files.readString(ROOT.resolve("dev/flamefix/examples/orders/Order.java"));
    ClassLoader before = Compiler.compile(Map.of(PKG + "Order", order, PKG + "OrderAnalytics", t.source()));
    ClassLoader after = Compiler.compile(Map.of(PKG + "Order", order, PKG + "OrderAnalytics", o.patchedSource()));
    for (long seed = 0; seed < 20; seed++) {
      assertThat(run(after, method, seed)).as("seed " + seed).isEqualTo(run(before, method, seed));
    }
  }

  /** Calls the method on a random batch (sizes 0..40, some malformed SKUs, duplicate customers). */
  static Object run(ClassLoader loader, String method, long seed) throws Exception {
    Class<?> orderClass = loader.loadClass(PKG + "Order");
    Class<?> analytics = loader.loadClass(PKG + "OrderAnalytics");
    Constructor<?> ctor = orderClass.getConstructors()[0];
    Random r = new Random(seed);
    List<Object> orders = new ArrayList<>();
    int n = (int) (seed % 5 == 0 ? 0 : r.nextInt(40));
    for (int i = 0; i < n; i++) {
      String sku = r.nextBoolean() ? "ABC-" + (1000 + r.nextInt(9000)) : "x" + r.nextInt(99);
      orders.add(ctor.newInstance("o" + i, "c" + r.nextInt(10), sku, r.nextInt(5), (long) r.nextInt(100_000)));
    }
    List<String> known = new ArrayList<>();
    for (int i = 0; i < r.nextInt(6); i++) known.add("c" + r.nextInt(12));
    Object target = analytics.getConstructor().newInstance();
    for (Method m : analytics.getMethods()) {
      if (m.getName().equals(method)) {
        return m.getParameterCount() == 1 ? m.invoke(target, orders) : m.invoke(target, orders, known);
      }
    }
    throw new AssertionError("no method " + method);
  }
}
