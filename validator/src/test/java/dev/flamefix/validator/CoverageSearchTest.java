package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.coverage.CoverageReport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The coverage-guided search gets where the plain budget does not: a line behind four checks
 * that each need a literal of the code in the right place ("GET " first, " latency=" and
 * " user=" inside, " ms" last). Structured strings hold one or two literals of the code in one
 * shape; mutating kept inputs that passed one check more adds the next literal. Deterministic:
 * fixed seed, budgets counted in calls.
 */
class CoverageSearchTest {

  // The line the rewrites change is 12.
  private static final String ORIGINAL = """
      package acme.logs;

      import java.util.List;

      public class Latency {
        public static int slowRequests(List<String> lines) {
          int slow = 0;
          for (String line : lines) {
            if (line != null && line.startsWith("GET ")) {
              if (line.indexOf(" latency=") > 0) {
                if (line.endsWith(" ms") && line.contains(" user=")) {
                  slow += line.length() % 2 == 0 ? 1 : 0;
                }
              }
            }
          }
          return slow;
        }
      }
      """;

  private static ValidationOptions options(int searchCalls) {
    return ValidationOptions.builder().callsPerMethod(200)
        .coverageSearch(searchCalls, Duration.ofMinutes(2))
        .benchmark(BenchmarkSettings.quick()).minSpeedup(1.0)
        .requireNonOverlappingIntervals(false).build();
  }

  private static Verdict validate(String id, String candidate, int searchCalls) {
    return new Validator(options(searchCalls)).validate(ValidationRequest.of(id,
        "acme.logs.Latency", ORIGINAL, candidate, List.of("slowRequests"), List.of()));
  }

  @Test
  void theSearchReachesTheLineThePlainBudgetMisses() {
    String same = ORIGINAL.replace("slow += line.length() % 2 == 0 ? 1 : 0;",
        "slow += (line.length() % 2 == 0) ? 1 : 0;");

    Verdict plain = validate("plain", same, 0);
    Verdict searched = validate("searched", same, 20_000);

    assertThat(plain.outcome()).as(plain.reason()).isEqualTo(Verdict.Outcome.UNPROVEN);
    // Line 12 unreached, or (since a few random lists hold over a thousand lines) reached with
    // only one side of its condition: either way the gate is not met.
    assertThat(plain.differential().coverage().gateMet()).isFalse();
    assertThat(plain.reason()).contains("line 12 of the original");

    CoverageReport coverage = searched.differential().coverage();
    assertThat(coverage.gateMet()).as(searched.reason()).isTrue();
    assertThat(coverage.original().unreached()).isEmpty();
    assertThat(coverage.original().halfTaken()).isEmpty();
    assertThat(coverage.candidate().codeLines()).containsExactly(12);
    assertThat(coverage.searchCalls()).isPositive().isLessThan(20_000);
    assertThat(searched.outcome()).isNotEqualTo(Verdict.Outcome.UNPROVEN);
    assertThat(searched.stageReached()).isEqualTo(Stage.DECIDED);
  }

  @Test
  void aDifferenceTheSearchFindsIsACounterexample() {
    String wrong = ORIGINAL.replace("slow += line.length() % 2 == 0 ? 1 : 0;",
        "slow += line.length() % 2 == 0 ? 2 : 0;");

    Verdict plain = validate("plain-wrong", wrong, 0);
    Verdict searched = validate("searched-wrong", wrong, 20_000);

    assertThat(plain.outcome()).as(plain.reason()).isEqualTo(Verdict.Outcome.UNPROVEN);
    assertThat(searched.outcome()).as(searched.reason()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(searched.reason()).startsWith("behaviour differs");
    assertThat(searched.differential().counterexample().arguments())
        .contains("GET ").contains(" latency=").contains(" user=").contains(" ms");
    assertThat(searched.differential().methods().get(0).searchCalls()).isPositive();
  }
}
