package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.coverage.CoverageReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The coverage gate: "no difference seen" only counts when the inputs ran what the rewrite
 * changed. A wrong rewrite hidden behind a branch no input reaches must come out UNPROVEN, naming
 * the lines, and never ACCEPTED.
 */
class CoverageGateTest {

  // Line numbers matter: the changed line is 10 on both sides.
  private static final String ORIGINAL = """
      package acme.gate;

      public class Scorer {
        public static int score(String s) {
          if (s == null) {
            return 0;
          }
          int n = s.length();
          if (s.hashCode() == 0x2f5a9c31) {
            return n * 3 + 1;
          }
          return n;
        }
      }
      """;

  private static Verdict validate(String id, String candidate, ValidationOptions options) {
    return new Validator(options).validate(ValidationRequest.of(id, "acme.gate.Scorer", ORIGINAL,
        candidate, List.of("score"), List.of()));
  }

  @Test
  void aWrongRewriteBehindAHashCheckNoInputPassesIsUnprovenWithTheLines() {
    String wrong = ORIGINAL.replace("return n * 3 + 1;", "return n * 3 + 2;");

    Verdict v = validate("behind-hash", wrong,
        ValidationOptions.builder().benchmark(BenchmarkSettings.quick()).build());

    assertThat(v.outcome()).as(v.reason()).isEqualTo(Verdict.Outcome.UNPROVEN);
    assertThat(v.accepted()).isFalse();
    assertThat(v.stageReached()).isEqualTo(Stage.DIFFERENTIAL);
    assertThat(v.reason()).startsWith("unproven: inputs never reached line 10 of the original"
        + " (acme.gate.Scorer) and line 10 of the candidate (acme.gate.Scorer__candidate)");
    CoverageReport coverage = v.differential().coverage();
    assertThat(coverage.measured()).isTrue();
    assertThat(coverage.gateMet()).isFalse();
    assertThat(coverage.original().unreached()).containsExactly(10);
    assertThat(coverage.candidate().unreached()).containsExactly(10);
    // The search ran its whole budget and found no way past the hash check.
    assertThat(coverage.searchCalls()).isEqualTo(ValidationOptions.defaults().coverageSearchCalls());
    assertThat(v.differential().equivalent()).isTrue();
    assertThat(v.toJson()).contains("\"outcome\" : \"UNPROVEN\"").contains("\"unreached\" : [ 10 ]");
  }

  @Test
  void withoutTheGateTheSameRewriteWouldHaveLookedEquivalent() {
    String wrong = ORIGINAL.replace("return n * 3 + 1;", "return n * 3 + 2;");

    Verdict v = validate("behind-hash-no-search", wrong, ValidationOptions.builder()
        .coverageSearch(0, java.time.Duration.ZERO).benchmark(BenchmarkSettings.quick()).build());

    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.UNPROVEN);
    assertThat(v.differential().coverage().searchCalls()).isZero();
    assertThat(v.differential().methods().get(0).calls()).isEqualTo(500);
  }

  @Test
  void aRewriteOfReachedLinesPassesTheGate() {
    String candidate = ORIGINAL.replace("int n = s.length();", "final int n = s.length();")
        .replace("return 0;", "return \"\".length();");

    Verdict v = validate("reached", candidate, ValidationOptions.builder()
        .benchmark(BenchmarkSettings.quick()).minSpeedup(1.0)
        .requireNonOverlappingIntervals(false).build());

    CoverageReport coverage = v.differential().coverage();
    assertThat(coverage.gateMet()).as(v.reason()).isTrue();
    assertThat(coverage.original().codeLines()).containsExactly(6, 8);
    assertThat(coverage.candidate().codeLines()).containsExactly(6, 8);
    assertThat(coverage.searchCalls()).isZero();
    assertThat(v.stageReached()).as(v.reason()).isEqualTo(Stage.DECIDED);
    assertThat(v.outcome()).isNotEqualTo(Verdict.Outcome.UNPROVEN);
  }
}
