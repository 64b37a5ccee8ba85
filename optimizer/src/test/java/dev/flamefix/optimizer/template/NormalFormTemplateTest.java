package dev.flamefix.optimizer.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates match code written in another but equivalent form ({@link NormalForms}): an early
 * {@code continue} guard instead of a wrapping {@code if}, {@code x = x + e} instead of
 * {@code x += e}; and nothing whose meaning differs.
 */
class NormalFormTemplateTest {
  private static final Map<String, Case> SEEDS = SeedCorpus.fromClasspath(SeedCorpus.RESOURCE_ROOT).stream()
      .map(SeedCase::toCase).collect(Collectors.toMap(Case::id, Function.identity()));
  /** Slow code: {@code if (!result.contains(tag)) result.add(tag);} in a for-each. */
  private static final String DEDUPE = "search-dedupe-keep-order";
  /** Slow code: {@code total += stock.get(sku);} over {@code keySet()}. */
  private static final String KEYSET_SUM = "keyset-get-sum-values";

  @TempDir Path dir;

  private static List<TemplateLibrary.Applied> apply(String caseId, String source, String method) {
    TemplateLibrary lib = new TemplateLibrary(id -> Optional.ofNullable(SEEDS.get(id)));
    MethodDeclaration m = JavaSources.parse(source, "t").findAll(MethodDeclaration.class).stream()
        .filter(d -> d.getNameAsString().equals(method)).findFirst().orElseThrow();
    Range range = m.getRange().orElseThrow();
    return lib.apply(source, null, range, List.of(new Suggestion(caseId, "c", "summary", 0.9, 3.0)));
  }

  private static String depot(String body) {
    return """
        package depot;

        import java.util.ArrayList;
        import java.util.List;

        class Bins {
          static List<String> firstBins(List<String> scans) {
            List<String> bins = new ArrayList<>();
            for (String scan : scans) {
              BODY
            }
            return bins;
          }
        }
        """.replace("BODY", body);
  }

  private static String tills(String statement) {
    return """
        package shop;

        import java.util.Map;

        class Tills {
          long takings(Map<String, Integer> byTill) {
            long sum = 0;
            for (String till : byTill.keySet()) {
              STATEMENT
            }
            return sum;
          }
        }
        """.replace("STATEMENT", statement);
  }

  private Object run(String source, String className, String method, Object... args) throws Exception {
    return run(dir, source, className, method, args);
  }

  /** Compiles {@code source} under {@code dir} and runs its {@code method} on a fresh instance. */
  static Object run(Path dir, String source, String className, String method, Object... args) throws Exception {
    Path out = Files.createTempDirectory(dir, "c");
    Path src = out.resolve(className.replace('.', '/') + ".java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, source);
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(), src.toString()))
        .as(source).isZero();
    try (URLClassLoader cl = new URLClassLoader(new URL[] {out.toUri().toURL()})) {
      Class<?> c = cl.loadClass(className);
      var ctor = c.getDeclaredConstructor();
      ctor.setAccessible(true);
      Method m = Arrays.stream(c.getDeclaredMethods()).filter(x -> x.getName().equals(method)).findFirst().orElseThrow();
      m.setAccessible(true);
      return m.invoke(ctor.newInstance(), args);
    }
  }

  @Test
  void anEarlyContinueGuardMatchesTheWrappingIfOfTheCaseAndKeepsTheResult() throws Exception {
    String source = depot("""
        if (bins.contains(scan)) {
                continue;
              }
              bins.add(scan);""");

    List<TemplateLibrary.Applied> applied = apply(DEDUPE, source, "firstBins");

    assertThat(applied).singleElement().satisfies(a -> assertThat(a.outcome().patchedSource())
        .contains("LinkedHashSet").doesNotContain("bins.contains"));
    String patched = applied.get(0).outcome().patchedSource();
    List<String> input = List.of("B7", "A1", "B7", "C3", "A1", "", "C3");
    assertThat(run(patched, "depot.Bins", "firstBins", input)).isEqualTo(run(source, "depot.Bins", "firstBins", input))
        .isEqualTo(List.of("B7", "A1", "C3", ""));
  }

  @Test
  void aGuardThatBreaksOrIsFollowedByMoreWorkDoesNotMatch() {
    assertThat(apply(DEDUPE, depot("""
        if (bins.contains(scan)) break;
              bins.add(scan);"""), "firstBins")).isEmpty();
    assertThat(apply(DEDUPE, depot("""
        if (bins.contains(scan)) continue;
              bins.add(scan);
              System.out.println(scan);"""), "firstBins")).isEmpty();
    assertThat(apply(DEDUPE, depot("""
        if (bins.contains(scan)) continue; else System.out.println(scan);
              bins.add(scan);"""), "firstBins")).isEmpty();
  }

  @Test
  void aSimpleAssignmentOfTheVariablePlusAValueMatchesTheCompoundOne() throws Exception {
    String source = tills("sum = sum + byTill.get(till);");

    List<TemplateLibrary.Applied> applied = apply(KEYSET_SUM, source, "takings");

    assertThat(applied).singleElement().satisfies(a -> assertThat(a.outcome().patchedSource())
        .contains(".values()").doesNotContain(".keySet()"));
    Map<String, Integer> tills = new LinkedHashMap<>(Map.of("north", 120, "south", -40, "kiosk", Integer.MAX_VALUE));
    assertThat(run(applied.get(0).outcome().patchedSource(), "shop.Tills", "takings", tills))
        .isEqualTo(run(source, "shop.Tills", "takings", tills)).isEqualTo(120L - 40L + Integer.MAX_VALUE);
  }

  @Test
  void onlyTheTopLevelOperatorOnTheVariableItselfCounts() {
    // (sum + get) + 1 and get + sum are other expressions; a minus is another operator.
    assertThat(apply(KEYSET_SUM, tills("sum = sum + byTill.get(till) + 1;"), "takings")).isEmpty();
    assertThat(apply(KEYSET_SUM, tills("sum = byTill.get(till) + sum;"), "takings")).isEmpty();
    assertThat(apply(KEYSET_SUM, tills("sum = sum - byTill.get(till);"), "takings")).isEmpty();
  }

  @Test
  void normalisingRewritesInPlaceAndUndoingRestoresTheCode() {
    String source = """
        class Meter {
          int f(int[] xs, int limit) {
            int acc = 0;
            for (int x : xs) {
              if (!(x != limit)) continue;
              if (x < 0) { continue; }
              acc = acc ^ x;
              acc = acc + x * 2;
            }
            return acc;
          }
        }
        """;
    CompilationUnit cu = JavaSources.parse(source, "t");
    String before = cu.toString();
    MethodDeclaration m = cu.findFirst(MethodDeclaration.class).orElseThrow();

    Optional<Runnable> undo = NormalForms.normalise(m.getBody().orElseThrow());

    String normal = m.toString().replaceAll("\\s+", " ");
    assertThat(normal).contains("if (x != limit) { if (!(x < 0)) { acc ^= x; acc += x * 2; } }");
    undo.orElseThrow().run();
    assertThat(cu.toString()).isEqualTo(before);
    assertThat(NormalForms.normalise(JavaSources.parse("class A { int g(int a) { return a + 1; } }", "t"))).isEmpty();
  }

  @Test
  void anIndexLoopOverAListMatchesTheCasesForEachAndKeepsTheResult() throws Exception {
    String source = """
        package depot;

        import java.util.ArrayList;
        import java.util.List;

        class Bins {
          static List<String> firstBins(List<String> scans) {
            List<String> bins = new ArrayList<>();
            for (int i = 0; i < scans.size(); i++) {
              String scan = scans.get(i);
              if (bins.contains(scan)) continue;
              bins.add(scan);
            }
            return bins;
          }
        }
        """;

    List<TemplateLibrary.Applied> applied = apply(DEDUPE, source, "firstBins");

    assertThat(applied).singleElement().satisfies(a -> assertThat(a.outcome().patchedSource())
        .contains("LinkedHashSet").doesNotContain("bins.contains"));
    List<String> input = List.of("Q9", "Q9", "R2", "", "R2", "Q9");
    assertThat(run(applied.get(0).outcome().patchedSource(), "depot.Bins", "firstBins", input))
        .isEqualTo(run(source, "depot.Bins", "firstBins", input)).isEqualTo(List.of("Q9", "R2", ""));
  }

  private static java.util.Optional<IndexLoops> listLoop(String fields, String params, String body) {
    String source = """
        import java.util.*;
        class Shelf {
          FIELDS
          void walk(PARAMS) {
            List<String> fresh = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
              String name = names.get(i);
              BODY
            }
          }
          static void note(String s) {}
        }
        """.replace("FIELDS", fields).replace("PARAMS", params).replace("BODY", body);
    var loop = JavaSources.parse(source, "t").findFirst(com.github.javaparser.ast.stmt.ForStmt.class).orElseThrow();
    return IndexLoops.asForEach(loop);
  }

  @Test
  void aListLoopIsAForEachOnlyWhenNothingInItsBodyCanChangeTheList() {
    String params = "List<String> names, List<String> other";
    assertThat(listLoop("", params, "fresh.add(name.trim()); int n = Math.max(1, name.length());")).isPresent();
    assertThat(listLoop("", "ArrayList<String> names, List<String> other", "fresh.add(name);")).isPresent();
    // other may be the very list: adding to it would make the for-each throw where get(i) goes on.
    assertThat(listLoop("", params, "other.add(name);")).isEmpty();
    // a helper of the class is not looked into
    assertThat(listLoop("", params, "note(name);")).isEmpty();
    assertThat(listLoop("", params, "names.remove(name);")).isEmpty();
    assertThat(listLoop("", params, "fresh.forEach(s -> other.add(s));")).isEmpty();
    // a field can be changed by anything the body calls, and is not what a local for-each reads
    assertThat(listLoop("List<String> names = new ArrayList<>();", "List<String> other", "fresh.add(name);")).isEmpty();
    // the index used for anything but the read: not an element-by-element walk
    assertThat(listLoop("", params, "fresh.add(name + i);")).isEmpty();
    // user code could run: a toString through String.valueOf or concatenation
    assertThat(listLoop("", params, "fresh.add(String.valueOf((Object) other));")).isEmpty();
    assertThat(listLoop("", params, "fresh.add(name + other);")).isEmpty();
    assertThat(listLoop("", params, "fresh.add(name + \"-\" + name.length());")).isPresent();
  }

  private static String routes(String caller) {
    return """
        package transit;

        import java.util.ArrayList;
        import java.util.List;

        class Routes {
          static int stopCount(List<List<String>> trips) {
            CALLER
          }

          private static List<String> distinctStops(List<String> stops) {
            List<String> seen = new ArrayList<>();
            for (String stop : stops) {
              if (!seen.contains(stop)) {
                seen.add(stop);
              }
            }
            return seen;
          }
        }
        """.replace("CALLER", caller);
  }

  @Test
  void aCasesStatementsMatchInAHelperTheHotLoopCalls() throws Exception {
    String source = routes("""
        int n = 0;
            for (List<String> trip : trips) {
              n += distinctStops(trip).size();
            }
            return n;""");

    List<TemplateLibrary.Applied> applied = apply(DEDUPE, source, "stopCount");

    assertThat(applied).singleElement().satisfies(a -> {
      assertThat(a.outcome().patchedSource()).contains("LinkedHashSet").doesNotContain("seen.contains");
      assertThat(a.outcome().explanation()).contains("in distinctStops(), which stopCount calls repeatedly");
    });
    List<List<String>> trips = List.of(List.of("Oak", "Elm", "Oak"), List.of(), List.of("Pier", "Pier", "Pier", "Elm"));
    assertThat(run(applied.get(0).outcome().patchedSource(), "transit.Routes", "stopCount", trips))
        .isEqualTo(run(source, "transit.Routes", "stopCount", trips)).isEqualTo(4);
  }

  @Test
  void aHelperCalledOnceOutsideAnyLoopIsNotLookedInto() {
    assertThat(apply(DEDUPE, routes("return trips.isEmpty() ? 0 : distinctStops(trips.get(0)).size();"), "stopCount"))
        .isEmpty();
  }
}
