package dev.flamefix.eval.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.eval.mutation.MutationReport.MutantResult;
import dev.flamefix.validator.ValidationOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutation harness on one small class: PIT's mutants reach the validator's differential
 * child as renamed candidates (nested record included), wrong ones are killed, the one provably
 * equivalent mutant survives, a mutant of a line no input reaches is unproven, a correct
 * rewrite is let through, and the counts add up.
 */
class MutationHarnessTest {

  private static final String CLAMP = """
      package demo.mut;

      public class Clamp {
        public record Range(int lo, int hi) {}

        public static int clamp(int x) {
          if (x > 100) {
            return 100;
          }
          return x;
        }

        public static int width(Range r) {
          return r.hi() - r.lo();
        }

        public static int guarded(String s) {
          if (s != null && s.hashCode() == 0x2f5a9c31) {
            return 7;
          }
          return 0;
        }
      }
      """;

  private static final String CLAMP_REWRITE = """
      package demo.mut;

      public class Clamp {
        public record Range(int lo, int hi) {}

        public static int clamp(int x) {
          return Math.min(x, 100);
        }

        public static int width(Range r) {
          return -(r.lo() - r.hi());
        }

        public static int guarded(String s) {
          if (s != null && s.hashCode() == 0x2f5a9c31) {
            return 7;
          }
          return 0;
        }
      }
      """;

  @TempDir Path work;

  @Test
  void killsWrongMutantsKeepsTheEquivalentOneAndCountsAddUp() {
    MutationSubject subject = new MutationSubject("clamp", "demo.mut.Clamp",
        Map.of("demo.mut.Clamp", CLAMP), List.of("clamp", "width", "guarded"),
        Map.of("min", CLAMP_REWRITE));
    ValidationOptions options = ValidationOptions.builder().callsPerMethod(100).build();
    List<String> progress = new ArrayList<>();
    MutationReport report = new MutationHarness(options, "DEFAULTS", 2, 1)
        .run(List.of(subject), work, "test", progress::add);

    assertThat(report.subjects()).singleElement()
        .satisfies(s -> assertThat(s.error()).isNull());
    List<MutantResult> mutants = report.mutants();
    assertThat(mutants).hasSizeGreaterThanOrEqualTo(4);
    // PIT's DEFAULTS remove the conditional (x > 100 replaced by false): wrong on every x > 100.
    MutantResult removed = one(mutants, "clamp", "RemoveConditionalMutator_ORDER_ELSE");
    assertThat(removed.outcome()).isEqualTo(MutantOutcome.KILLED);
    assertThat(removed.evidence()).contains("original returned 100");
    // x >= 100 returns 100 on 100 as the original does: provably equivalent, so it must survive
    // both passes (a kill would be a false counterexample).
    MutantResult boundary = one(mutants, "clamp", "ConditionalsBoundaryMutator");
    assertThat(boundary.outcome()).isEqualTo(MutantOutcome.SURVIVED);
    assertThat(boundary.rerun()).isEqualTo(MutantOutcome.SURVIVED);
    // hi + lo on the nested record: the candidate got its own renamed Range and a real difference.
    MutantResult math = one(mutants, "width", "MathMutator");
    assertThat(math.outcome()).isEqualTo(MutantOutcome.KILLED);
    assertThat(math.kind()).isEqualTo("difference");
    assertThat(math.evidence()).doesNotContain("ClassCast");

    // return 7 -> return 0 behind a hash no input hits: no difference seen, but the coverage
    // gate knows the mutated line never ran, so the mutant is unproven, not accepted.
    List<MutantResult> hidden = mutants.stream()
        .filter(m -> m.method().equals("guarded") && m.sourceLine().equals("return 7;")).toList();
    assertThat(hidden).as(mutants.toString()).isNotEmpty().allSatisfy(m -> {
      assertThat(m.outcome()).isEqualTo(MutantOutcome.UNPROVEN);
      assertThat(m.evidence()).startsWith("unproven: inputs never reached line " + m.line());
    });

    assertThat(report.rewrites()).singleElement()
        .satisfies(r -> assertThat(r.outcome()).isEqualTo(MutantOutcome.SURVIVED));
    MutationReport.Totals t = report.totals();
    assertThat(t.byOutcome().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(t.mutants()).isEqualTo(mutants.size());
    assertThat(t.killedByKind().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(t.byOutcome().get(MutantOutcome.KILLED));
    assertThat(t.killedOnRerun() + t.survivedRerun())
        .isEqualTo(t.byOutcome().get(MutantOutcome.SURVIVED));
    assertThat(t.rewritesPassed()).isEqualTo(1);
    assertThat(progress).singleElement().asString().startsWith("[1/1] clamp: ");
    assertThat(MutationMarkdown.of(report)).contains("ConditionalsBoundaryMutator", "x > 100");
  }

  private static MutantResult one(List<MutantResult> mutants, String method, String mutator) {
    List<MutantResult> found = mutants.stream()
        .filter(m -> m.method().equals(method) && m.mutator().equals(mutator)).toList();
    assertThat(found).as(method + " " + mutator + " in " + mutants).hasSize(1);
    return found.get(0);
  }
}
