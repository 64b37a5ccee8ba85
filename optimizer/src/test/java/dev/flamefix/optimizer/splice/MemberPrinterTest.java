package dev.flamefix.optimizer.splice;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.flamefix.optimizer.recipe.RecipeEngine;
import dev.flamefix.optimizer.recipe.RecipeOutcome;
import dev.flamefix.optimizer.target.JavaSources;
import dev.flamefix.optimizer.testing.Compiler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Members a rewrite adds (a recipe's helper, a model's constant, helper and nested type) are laid
 * out like their siblings in the user's file, whatever its indent unit: the patch a reviewer reads
 * shows the changed method and the added members at the file's own indentation, no whitespace at
 * line ends, and no other line of the file touched.
 */
class MemberPrinterTest {
  /** Written with two-space indentation; {@link #laidOut} turns it into the unit under test. */
  private static final String SEED_BANK = """
      package seeds;

      import java.util.List;

      public class SeedBank {
        record Packet(String species, int grams) {}

        private final String name;

        public SeedBank(String name) {
          this.name = name;
        }

        /** Grams of catalogued species; the catalogue may be an immutable List.of(..). */
        public int cataloguedGrams(List<Packet> packets, List<String> catalogue) {
          int grams = 0;
          for (Packet p : packets) {
            if (catalogue.contains(p.species())) {
              grams += p.grams();
            }
          }
          return grams;
        }

        public String name() {
          return name;
        }
      }
      """;

  /** The helper linear-search-in-loop adds for a probe that may be null, as the file would write it. */
  private static final String CONTAINS_LIKE_LIST = String.join("\n",
      "  private static boolean containsLikeList(Set<?> set, Collection<?> list, Object probe) {",
      "    return probe == null ? list.contains(null) : set.contains(probe);",
      "  }");

  private static final String KILN = """
      package pottery;

      import java.util.List;

      public class Kiln {
        private final String id;

        public Kiln(String id) {
          this.id = id;
        }

        public static class Log {
          private final List<Integer> temps;

          public Log(List<Integer> temps) {
            this.temps = temps;
          }

          public int overheated() {
            int n = 0;
            for (int t : temps) {
              if (t > 1300) n++;
            }
            return n;
          }
        }

        public String id() {
          return id;
        }
      }
      """;

  /** A model's answer, written at column 0 with four-space bodies, as answers often are. */
  private static final String KILN_ANSWER = """
      private static final int LIMIT = 1300;

      public int overheated() {
          Tally tally = new Tally();
          for (int t : temps) tally.see(t);
          return tally.above;
      }

      private static final class Tally {
          int above;

          void see(int t) {
              if (t > LIMIT) {
                  above++;
              }
          }
      }
      """;

  private static String laidOut(String twoSpaced, String unit) {
    return twoSpaced.replace("  ", unit(unit));
  }

  private static String unit(String name) {
    return switch (name) {
      case "two spaces" -> "  ";
      case "four spaces" -> "    ";
      case "tab" -> "\t";
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static MethodDeclaration method(String source, String name) {
    return JavaSources.parse(source, "test").findAll(MethodDeclaration.class).stream()
        .filter(m -> m.getNameAsString().equals(name)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"four spaces", "two spaces", "tab"})
  void aRecipeHelperIsIndentedLikeItsSiblings(String unit) {
    String source = laidOut(SEED_BANK, unit);
    MethodDeclaration target = method(source, "cataloguedGrams");
    RecipeOutcome outcome = new RecipeEngine().apply(source, null, target.getRange().orElseThrow()).stream()
        .filter(o -> o.source().equals("recipe:linear-search-in-loop")).findFirst().orElseThrow();
    String patched = outcome.patchedSource();
    String helper = laidOut(CONTAINS_LIKE_LIST, unit);

    // One empty line, then the helper, then the class's closing brace.
    assertThat(patched).contains(laidOut("  }\n\n", unit) + helper + "\n}\n");
    assertNoTrailingWhitespace(patched);
    String rest = patched.replace("\n\n" + helper, "").replaceAll("(?m)^import java\\.util\\.(Set|HashSet|Collection);\n", "");
    assertChangesOnlyInside(source, rest, target);
    Compiler.compile(Map.of("seeds.SeedBank", patched));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"four spaces", "two spaces", "tab"})
  void aModelsConstantHelperAndNestedTypeAreIndentedLikeTheirSiblings(String unit) {
    String source = laidOut(KILN, unit);
    MethodDeclaration target = method(source, "overheated");
    SpliceResult r = new Splicer().splice(source, List.of(target), List.of(KILN_ANSWER));
    String patched = r.patchedSource();
    String constant = laidOut("    private static final int LIMIT = 1300;", unit);
    String tally = laidOut(String.join("\n",
        "    private static final class Tally {",
        "",
        "      int above;",
        "",
        "      void see(int t) {",
        "        if (t > LIMIT) {",
        "          above++;",
        "        }",
        "      }",
        "    }"), unit);

    assertThat(r.addedMembers()).containsExactly("LIMIT", "Tally");
    assertThat(patched).contains(laidOut("    private final List<Integer> temps;\n\n", unit) + constant + "\n\n");
    assertThat(patched).contains(laidOut("    }\n\n", unit) + tally + laidOut("\n  }\n", unit));
    assertNoTrailingWhitespace(patched);
    String rest = patched.replace(constant + "\n\n", "").replace("\n\n" + tally, "");
    assertChangesOnlyInside(source, rest, target);
    Compiler.compile(Map.of("pottery.Kiln", patched));
  }

  private static void assertNoTrailingWhitespace(String patched) {
    assertThat(patched.lines()).as(patched).noneMatch(l -> !l.equals(l.stripTrailing()));
  }

  /**
   * With the expected additions taken out, every line the patch deletes, changes or inserts lies
   * within the target method's lines of the original.
   */
  private static void assertChangesOnlyInside(String original, String rest, MethodDeclaration target) {
    int first = target.getBegin().orElseThrow().line - 1;
    int last = target.getEnd().orElseThrow().line - 1;
    List<AbstractDelta<String>> deltas = DiffUtils.diff(original.lines().toList(), rest.lines().toList()).getDeltas();
    assertThat(deltas).as(rest).isNotEmpty();
    for (AbstractDelta<String> d : deltas) {
      int from = d.getSource().getPosition();
      int to = from + Math.max(d.getSource().size(), 1) - 1;
      assertThat(from).as("change outside the method: " + d + "\n" + rest).isGreaterThan(first);
      assertThat(to).as("change outside the method: " + d + "\n" + rest).isLessThanOrEqualTo(last);
    }
  }
}
