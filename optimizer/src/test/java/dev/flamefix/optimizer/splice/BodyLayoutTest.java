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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statements a rewrite adds or moves inside a method body are printed at the depth they are
 * nested at, in the file's own indent unit, and the lines of the method it did not touch stay as
 * they were: the patch a reviewer reads holds exactly the changed lines, indented as the file
 * would indent them.
 */
class BodyLayoutTest {
  /** Written with two-space indentation; {@link #laidOut} turns it into the unit under test. */
  private static final String OVEN_LOG = """
      package bakery;

      public class OvenLog {
        /** Most loaves baked in any run of span consecutive shifts. */
        public static long busiestRun(int[] loaves, int span) {
          if (span <= 0 || span > loaves.length) {
            throw new IllegalArgumentException("span " + span + " of " + loaves.length + " shifts");
          }
          long most = Long.MIN_VALUE;
          for (int first = 0; first + span <= loaves.length; first++) {
            long baked = 0;
            for (int s = first; s < first + span; s++) {
              baked += loaves[s];
            }
            most = Math.max(most, baked);
          }
          return most;
        }
      }
      """;

  private static final String OVEN_LOOP_BEFORE = """
          for (int first = 0; first + span <= loaves.length; first++) {
            long baked = 0;
            for (int s = first; s < first + span; s++) {
              baked += loaves[s];
            }
            most = Math.max(most, baked);
          }
      """;

  /** {@link #OVEN_LOOP_BEFORE} as the sliding-window recipe rewrites it, in two-space units. */
  private static final String OVEN_LOOP = """
          long bakedWindow = 0;
          for (int first = 0; first + span <= loaves.length; first++) {
            if (first > 0) {
              bakedWindow += loaves[first + span - 1];
              bakedWindow -= loaves[first - 1];
            } else {
              long baked = 0;
              for (int s = first; s < first + span; s++) {
                baked += loaves[s];
              }
              bakedWindow = baked;
            }
            long baked = bakedWindow;
            most = Math.max(most, baked);
          }
      """;

  private static final String FLOORING = """
      package flooring;

      public class Strip {
        /** Ways to cover a 2 x n strip with 1 x 2 tiles. */
        public static long tilings(int n) {
          if (n < 0) throw new IllegalArgumentException("negative length");
          if (n < 2) return 1;
          return tilings(n - 1) + tilings(n - 2);
        }
      }
      """;

  private static final String GREENHOUSE = """
      package greenhouse;

      public class Beds {
        private final int[] moisture;

        public Beds(int[] moisture) {
          this.moisture = moisture;
        }

        /** Beds wetter than the limit. */
        public int soggy(int limit) {
          int n = 0;
          for (int i = 0; i < moisture.length; i++) {
            if (moisture[i] > limit) {
              n++;
            }
          }
          return n;
        }
      }
      """;

  /** A model's answer, written at column 0 with four-space bodies, as answers often are. */
  private static final String GREENHOUSE_ANSWER = """
      public int soggy(int limit) {
          if (moisture.length == 0) {
              return 0;
          }
          return countAbove(moisture, limit);
      }

      private static int countAbove(int[] values, int limit) {
          int n = 0;
          for (int v : values) {
              if (v > limit) n++;
          }
          return n;
      }
      """;

  private static String laidOut(String twoSpaced, String unit) {
    String u = switch (unit) {
      case "two spaces" -> "  ";
      case "four spaces" -> "    ";
      case "tab" -> "\t";
      default -> throw new IllegalArgumentException(unit);
    };
    return twoSpaced.replace("  ", u);
  }

  private static MethodDeclaration method(String source, String name) {
    return JavaSources.parse(source, "test").findAll(MethodDeclaration.class).stream()
        .filter(m -> m.getNameAsString().equals(name)).findFirst().orElseThrow();
  }

  private static String recipe(String source, String method, String id) {
    MethodDeclaration target = method(source, method);
    return new RecipeEngine().apply(source, null, target.getRange().orElseThrow()).stream()
        .filter(o -> o.source().equals("recipe:" + id)).findFirst().map(RecipeOutcome::patchedSource).orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"two spaces", "four spaces", "tab"})
  void aSlidingWindowRewriteIsIndentedAtTheLoopBodysDepth(String unit) {
    String source = laidOut(OVEN_LOG, unit);
    String patched = recipe(source, "busiestRun", "sliding-window-recompute");

    // The whole file: the loop as the file would indent it, every other line as it was.
    assertThat(patched).isEqualTo(laidOut(OVEN_LOG.replace(OVEN_LOOP_BEFORE, OVEN_LOOP), unit));
    assertNoTrailingWhitespace(patched);
    assertOnlyChanged(source, patched, laidOut(OVEN_LOOP_BEFORE, unit));
    Compiler.compile(Map.of("bakery.OvenLog", patched));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"two spaces", "four spaces", "tab"})
  void aMemoisedMethodsNewBodyIsOneUnitIn(String unit) {
    String source = laidOut(FLOORING, unit);
    String patched = recipe(source, "tilings", "missing-memoization");

    assertThat(patched).contains(laidOut("""
          public static long tilings(int n) {
            return tilingsMemo(n, new HashMap<>());
          }
        """, unit));
    assertNoTrailingWhitespace(patched);
    // The helper and the imports are insertions; the lines removed are exactly the old body.
    assertOnlyChanged(source, patched, laidOut("""
            if (n < 0) throw new IllegalArgumentException("negative length");
            if (n < 2) return 1;
            return tilings(n - 1) + tilings(n - 2);
        """, unit));
    Compiler.compile(Map.of("flooring.Strip", patched));
  }

  @Test
  void aBodyTheSplicerReplacedIsReindentedToTheFilesUnit() {
    SpliceResult r = new Splicer().splice(GREENHOUSE, List.of(method(GREENHOUSE, "soggy")), List.of(GREENHOUSE_ANSWER));
    String patched = r.patchedSource();

    assertThat(patched).contains("""
          /** Beds wetter than the limit. */
          public int soggy(int limit) {
            if (moisture.length == 0) {
              return 0;
            }
            return countAbove(moisture, limit);
          }
        """);
    assertNoTrailingWhitespace(patched);
    assertOnlyChanged(GREENHOUSE, patched, """
            int n = 0;
            for (int i = 0; i < moisture.length; i++) {
              if (moisture[i] > limit) {
                n++;
              }
            }
            return n;
        """);
    Compiler.compile(Map.of("greenhouse.Beds", patched));
  }

  @Test
  void aTextBlockInAnAnsweredBodyKeepsItsValue() {
    String answer = """
        public int soggy(int limit) {
            String report = \"""
                wet beds:
                  %d
                \""".formatted(limit);
            return report.length();
        }
        """;
    SpliceResult r = new Splicer().splice(GREENHOUSE, List.of(method(GREENHOUSE, "soggy")), List.of(answer));
    String patched = r.patchedSource();

    String value = "wet beds:\n  %d\n".formatted(7);
    String call = """
        package greenhouse;

        public class Probe {
          public static String check() {
            return String.valueOf(new Beds(new int[0]).soggy(7));
          }
        }
        """;
    var classes = Compiler.compile(Map.of("greenhouse.Beds", patched, "greenhouse.Probe", call));
    assertThat(Compiler.callStatic(classes, "greenhouse.Probe", "check")).as(patched).isEqualTo(String.valueOf(value.length()));
    assertThat(patched).contains("\n    return report.length();\n");
  }

  private static void assertNoTrailingWhitespace(String patched) {
    assertThat(patched.lines()).as(patched).noneMatch(l -> !l.equals(l.stripTrailing()));
  }

  /**
   * Every line of {@code original} the patch deletes or changes lies within {@code replaced} (lines
   * of {@code original}): the rest of the file is still there, byte for byte.
   */
  private static void assertOnlyChanged(String original, String patched, String replaced) {
    List<String> lines = original.lines().toList();
    int from = java.util.Collections.indexOfSubList(lines, replaced.lines().toList());
    assertThat(from).as("replaced lines are lines of the original").isNotNegative();
    int to = from + (int) replaced.lines().count();
    List<AbstractDelta<String>> deltas = DiffUtils.diff(lines, patched.lines().toList()).getDeltas();
    assertThat(deltas).as(patched).isNotEmpty();
    for (AbstractDelta<String> d : deltas) {
      if (d.getSource().size() == 0) continue;
      assertThat(d.getSource().getPosition()).as("changed outside the rewritten lines: " + d + "\n" + patched).isBetween(from, to - 1);
      assertThat(d.getSource().last()).as("changed outside the rewritten lines: " + d + "\n" + patched).isLessThan(to);
    }
  }
}
