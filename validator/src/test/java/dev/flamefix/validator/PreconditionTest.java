package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.differential.MethodReport;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Preconditions end to end, in one batch (one differential child, one JMH run): a rewrite that
 * differs from the original only where the original fails on arguments outside its contract is
 * accepted when the contract is stated and rejected when it is not; one wrong inside the contract
 * is rejected whatever is stated; the author's leading {@code assert}s count as stated; a
 * precondition nothing satisfies leaves the candidate unproven; a malformed one is refused with
 * the reason.
 */
class PreconditionTest {
  private static final String CLASS = "acme.sums.Prefix";
  private static final String ORIGINAL = """
      package acme.sums;

      public class Prefix {
        public static long sumFirst(int[] xs, int n) {
          long s = 0;
          for (int i = 0; i < n; i++) {
            s += Long.parseLong(Integer.toString(xs[i]));
          }
          return s;
        }
      }
      """;
  /**
   * Equal to the original for {@code xs != null && 0 <= n && n <= xs.length}; outside it the
   * original throws (ArrayIndexOutOfBounds for n past the end) or returns 0 (null xs, n <= 0)
   * where this returns a sum or throws NullPointerException.
   */
  private static final String FAST = ORIGINAL.replace(
      "for (int i = 0; i < n; i++) {\n      s += Long.parseLong(Integer.toString(xs[i]));",
      "for (int i = 0, end = Math.min(n, xs.length); i < end; i++) {\n      s += xs[i];");
  /** Skips the first element: wrong for every n >= 1, inside the contract. */
  private static final String WRONG = FAST.replace("int i = 0, end", "int i = 1, end");
  private static final String CONTRACT = "xs != null && 0 <= n && n <= xs.length";
  private static final String ASSERTED = ORIGINAL.replace("long s = 0;",
      "assert xs != null && n >= 0 : \"xs and n\";\n    assert n <= xs.length;\n    long s = 0;");

  private static Map<String, Verdict> verdicts;

  @BeforeAll
  static void validateAll() {
    Validator validator = new Validator(ValidationOptions.builder().benchmark(BenchmarkSettings.quick())
        .requireNonOverlappingIntervals(false).build());
    List<ValidationRequest> requests = List.of(
        request("stated", ORIGINAL, FAST, CONTRACT),
        request("unstated", ORIGINAL, FAST, null),
        request("wrong-inside", ORIGINAL, WRONG, CONTRACT),
        request("asserted", ASSERTED, FAST.replace("long s = 0;",
            "assert xs != null && n >= 0 : \"xs and n\";\n    assert n <= xs.length;\n    long s = 0;"), null),
        request("never", ORIGINAL, FAST, "n < 0 && n > 0"),
        request("malformed", ORIGINAL, FAST, "n >="),
        request("not-a-parameter", ORIGINAL, FAST, "size > 0"),
        request("not-boolean", ORIGINAL, FAST, "n + 1"));
    verdicts = validator.validateAll(requests, ProgressListener.NONE).stream()
        .collect(Collectors.toMap(Verdict::id, Function.identity()));
  }

  private static ValidationRequest request(String id, String original, String candidate, String precondition) {
    return ValidationRequest.of(id, CLASS, original, candidate, List.of("sumFirst"), List.of())
        .withPrecondition(precondition);
  }

  @Test
  void rewriteDifferingOnlyOutsideTheStatedPreconditionIsAcceptedWithItAndRejectedWithout() {
    Verdict stated = verdicts.get("stated");
    assertThat(stated.outcome()).as(stated.reason()).isEqualTo(Verdict.Outcome.ACCEPTED);
    MethodReport report = stated.differential().methods().get(0);
    assertThat(report.precondition()).isEqualTo(CONTRACT);
    assertThat(report.outsidePrecondition()).isPositive();
    assertThat(report.calls()).isGreaterThan(100);
    assertThat(stated.reason()).contains("[assuming sumFirst(int[],int): " + CONTRACT + " (")
        .contains("generated inputs outside it skipped)");

    Verdict unstated = verdicts.get("unstated");
    assertThat(unstated.outcome()).as(unstated.reason()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(unstated.stageReached()).isEqualTo(Stage.DIFFERENTIAL);
    assertThat(unstated.differential().counterexample()).isNotNull();
    assertThat(unstated.reason()).doesNotContain("assuming");
  }

  @Test
  void rewriteWrongInsideThePreconditionIsStillRejectedOnAnInputInsideIt() {
    Verdict wrong = verdicts.get("wrong-inside");
    assertThat(wrong.outcome()).as(wrong.reason()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(wrong.stageReached()).isEqualTo(Stage.DIFFERENTIAL);
    // Shrunk within the contract: a non-null array and 1 <= n <= its length.
    String args = wrong.differential().counterexample().arguments();
    assertThat(args).doesNotContain("null");
    assertThat(wrong.differential().counterexample().originalOutcome()).startsWith("returned");
    assertThat(wrong.reason()).contains("assuming sumFirst(int[],int): " + CONTRACT);
  }

  @Test
  void leadingAssertsOfTheOriginalAreItsPrecondition() {
    Verdict asserted = verdicts.get("asserted");
    assertThat(asserted.outcome()).as(asserted.reason()).isEqualTo(Verdict.Outcome.ACCEPTED);
    assertThat(asserted.differential().methods().get(0).precondition())
        .isEqualTo("(xs != null && n >= 0) && (n <= xs.length)");
  }

  @Test
  void preconditionNothingSatisfiesLeavesTheCandidateUnproven() {
    Verdict never = verdicts.get("never");
    assertThat(never.outcome()).as(never.reason()).isEqualTo(Verdict.Outcome.UNPROVEN);
    assertThat(never.reason()).contains("only 0 of ").contains("satisfy the precondition n < 0 && n > 0");
  }

  @Test
  void malformedPreconditionsAreRefusedWithTheReason() {
    Verdict malformed = verdicts.get("malformed");
    assertThat(malformed.outcome()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(malformed.stageReached()).isEqualTo(Stage.COMPILE);
    assertThat(malformed.reason()).contains("the precondition of sumFirst(int[],int) is not a Java expression: n >=");
    assertThat(verdicts.get("not-a-parameter").reason())
        .contains("names size, which is not a parameter (parameters: xs, n)");
    Verdict notBoolean = verdicts.get("not-boolean");
    assertThat(notBoolean.stageReached()).isEqualTo(Stage.COMPILE);
    assertThat(notBoolean.reason()).startsWith("does not compile: the precondition: ")
        .contains("incompatible types").contains("sumFirst: n + 1");
  }
}
