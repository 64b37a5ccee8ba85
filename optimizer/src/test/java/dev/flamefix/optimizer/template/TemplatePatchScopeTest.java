package dev.flamefix.optimizer.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.javaparser.Range;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.flamefix.kb.Case;
import dev.flamefix.kb.seed.SeedCase;
import dev.flamefix.kb.seed.SeedCorpus;
import dev.flamefix.optimizer.retrieval.Suggestion;
import dev.flamefix.optimizer.target.JavaSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that matched a method's {@link NormalForms normal form} changes only the statements
 * it bound: every other statement of the method, written in a form the normal form would rewrite
 * ({@code x = x + 1}, {@code if (c) continue;}, {@code !(a == b)}), is left exactly as written.
 */
class TemplatePatchScopeTest {
  @TempDir java.nio.file.Path dir;
  private static final Map<String, Case> SEEDS = SeedCorpus.fromClasspath(SeedCorpus.RESOURCE_ROOT).stream()
      .map(SeedCase::toCase).collect(Collectors.toMap(Case::id, Function.identity()));
  /** Slow code: {@code if (!result.contains(tag)) result.add(tag);} in a for-each. */
  private static final String DEDUPE = "search-dedupe-keep-order";
  /** Slow code: {@code total += stock.get(sku);} over {@code keySet()}. */
  private static final String KEYSET_SUM = "keyset-get-sum-values";

  private static String patch(String caseId, String source, String method) {
    TemplateLibrary lib = new TemplateLibrary(id -> Optional.ofNullable(SEEDS.get(id)));
    MethodDeclaration m = JavaSources.parse(source, "t").findAll(MethodDeclaration.class).stream()
        .filter(d -> d.getNameAsString().equals(method)).findFirst().orElseThrow();
    Range range = m.getRange().orElseThrow();
    List<TemplateLibrary.Applied> applied =
        lib.apply(source, null, range, List.of(new Suggestion(caseId, "c", "summary", 0.9, 3.0)));
    assertThat(applied).as(source).singleElement();
    return applied.get(0).outcome().patchedSource();
  }

  /** The original lines the patch deletes or changes, trimmed. */
  private static List<String> changedOriginalLines(String original, String patched) {
    List<String> changed = new ArrayList<>();
    for (AbstractDelta<String> d : DiffUtils.diff(original.lines().toList(), patched.lines().toList()).getDeltas()) {
      d.getSource().getLines().forEach(l -> changed.add(l.strip()));
    }
    return changed;
  }

  @Test
  void aGuardMatchLeavesAnotherGuardAndASimpleAssignmentAsWritten() {
    String source = """
        package kennel;

        import java.util.ArrayList;
        import java.util.List;

        class Rota {
          static long lateMinutes;

          static List<String> walkers(List<String> shifts, int[] minutes) {
            int late = 0;
            for (int m : minutes) {
              if (m < 0) continue;
              if (!(m == 0)) late = late + m;
            }
            lateMinutes = lateMinutes + late;
            List<String> names = new ArrayList<>();
            for (String shift : shifts) {
              if (names.contains(shift)) continue;
              names.add(shift);
            }
            return names;
          }
        }
        """;

    String patched = patch(DEDUPE, source, "walkers");

    assertThat(patched).contains("LinkedHashSet").doesNotContain("names.contains");
    assertThat(patched).contains("if (m < 0) continue;", "if (!(m == 0)) late = late + m;",
        "lateMinutes = lateMinutes + late;");
    assertThat(changedOriginalLines(source, patched))
        .isNotEmpty().allMatch(l -> l.contains("names") || l.contains("shift") || l.equals("}") || l.startsWith("import"));
  }

  @Test
  void aGuardEnclosingTheMatchIsPutBackAndOnlyTheMatchedLoopChanges() throws Exception {
    String source = """
        package ferry;

        import java.util.List;
        import java.util.Map;

        class Fares {
          long collected(List<Map<String, Integer>> sailings) {
            long sum = 0;
            int counted = 0;
            for (Map<String, Integer> byDeck : sailings) {
              if (byDeck.isEmpty()) continue;
              counted = counted + 1;
              for (String deck : byDeck.keySet()) {
                sum = sum + byDeck.get(deck);
              }
            }
            return sum * 1000 + counted;
          }
        }
        """;

    String patched = patch(KEYSET_SUM, source, "collected");

    assertThat(patched).contains(".values()").doesNotContain(".keySet()");
    assertThat(patched).contains("if (byDeck.isEmpty()) continue;", "counted = counted + 1;");
    assertThat(changedOriginalLines(source, patched)).isNotEmpty()
        .allMatch(l -> l.contains("deck") && !l.contains("byDeck.isEmpty") || l.equals("}"));
    List<Map<String, Integer>> sailings = List.of(Map.of("upper", 7, "car", 31), Map.of(), Map.of("foot", -2));
    assertThat(NormalFormTemplateTest.run(dir, patched, "ferry.Fares", "collected", sailings))
        .isEqualTo(NormalFormTemplateTest.run(dir, source, "ferry.Fares", "collected", sailings)).isEqualTo(36002L);
  }

  @Test
  void aMatchInAHelperLeavesTheRestOfTheHelperAndTheCallerAsWritten() throws Exception {
    String source = """
        package transit;

        import java.util.ArrayList;
        import java.util.List;

        class Routes {
          static int blanks;

          static int stopCount(List<List<String>> trips) {
            int n = 0;
            for (List<String> trip : trips) {
              if (trip.isEmpty()) continue;
              n = n + distinctStops(trip).size();
            }
            return n;
          }

          private static List<String> distinctStops(List<String> stops) {
            for (String name : stops) {
              if (!name.isBlank()) continue;
              blanks = blanks + 1;
            }
            List<String> seen = new ArrayList<>();
            for (String stop : stops) {
              if (seen.contains(stop)) continue;
              seen.add(stop);
            }
            return seen;
          }
        }
        """;

    String patched = patch(DEDUPE, source, "stopCount");

    assertThat(patched).contains("LinkedHashSet").doesNotContain("seen.contains");
    assertThat(patched).contains("if (trip.isEmpty()) continue;", "n = n + distinctStops(trip).size();",
        "if (!name.isBlank()) continue;", "blanks = blanks + 1;");
    assertThat(changedOriginalLines(source, patched))
        .isNotEmpty().allMatch(l -> l.contains("seen") || l.contains("stop") || l.equals("}") || l.startsWith("import"));
    List<List<String>> trips = List.of(List.of("Oak", " ", "Oak"), List.of(), List.of("Pier", "Elm", "Pier"));
    assertThat(NormalFormTemplateTest.run(dir, patched, "transit.Routes", "stopCount", trips))
        .isEqualTo(NormalFormTemplateTest.run(dir, source, "transit.Routes", "stopCount", trips)).isEqualTo(4);
  }

  @Test
  void undoingLeavesEveryNodeReachableBothWays() {
    MethodDeclaration m = JavaSources.parse("""
        class Meter {
          int f(int[] xs) {
            int acc = 0;
            for (int x : xs) {
              if (x < 0) continue;
              acc = acc + Math.abs(x * 2);
            }
            return acc;
          }
        }
        """, "t").findFirst(MethodDeclaration.class).orElseThrow();
    int nodes = m.findAll(com.github.javaparser.ast.Node.class).size();

    NormalForms.normalise(m.getBody().orElseThrow()).orElseThrow().run();

    // The call sits in the right operand the compound form had taken over: it must be found from
    // the method down and reach the method going up, or loops and the symbol solver miss it.
    assertThat(m.findAll(com.github.javaparser.ast.Node.class)).hasSize(nodes);
    assertThat(m.findAll(com.github.javaparser.ast.expr.MethodCallExpr.class))
        .singleElement().satisfies(c -> assertThat(c.isDescendantOf(m)).isTrue());
  }
}
