package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.coverage.CoverageReport;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coverage gate and code no input inside the precondition can run, end to end in one batch:
 * a correct rewrite whose bounds checks only fire outside the stated precondition is accepted,
 * with the exempted lines named; one whose changed code is reachable inside the precondition but
 * missed stays unproven; one wrong inside the precondition is rejected.
 */
class UnreachableUnderPreconditionTest {
  private static final String CLASS = "acme.bytes.Window";
  /** The {@code count} bytes from byte {@code pos} (0 = most significant) as an unsigned number. */
  private static final String ORIGINAL = """
      package acme.bytes;

      public class Window {
        public static int pick(int value, int pos, int count) {
          byte[] b = new byte[4];
          for (int i = 0; i < 4; i++) {
            b[i] = (byte) (value >>> (24 - 8 * i));
          }
          int r = 0;
          for (int i = pos; i < pos + count; i++) {
            r = (r << 8) | (b[i] & 0xFF);
          }
          return r;
        }
      }
      """;
  private static final String CONTRACT = "pos >= 0 && count >= 0 && pos <= 4 - count";
  /** Shifts and masks; its checks throw only for arguments outside the contract. */
  private static final String CHECKED = """
      package acme.bytes;

      public class Window {
        public static int pick(int value, int pos, int count) {
          if (pos < 0 || count < 0) {
            throw new IllegalArgumentException("pos " + pos + ", count " + count);
          }
          if (count == 0) {
            return 0;
          }
          int low = 4 - pos - count;
          if (low < 0) {
            throw new IndexOutOfBoundsException("pos " + pos + " + count " + count + " > 4");
          }
          long shifted = (value & 0xFFFFFFFFL) >>> (8 * low);
          return (int) (shifted & (0xFFFFFFFFL >>> (32 - 8 * count)));
        }
      }
      """;
  /** Correct, but with a special case on a value no random input hits: reachable, missed. */
  private static final String MISSED = CHECKED.replace("    int low = 4 - pos - count;\n", """
          if (Integer.rotateLeft(value * 0x9E3779B1, 7) == 0x13579BDF) {
            return (int) (((value & 0xFFFFFFFFL) >>> (8 * (4 - pos - count))) & ((1L << (8 * count)) - 1));
          }
          int low = 4 - pos - count;
      """);
  /** A switch whose default (a throw) only pos = 4 with count = 0 could reach, and that returns first. */
  private static final String SWITCHED = """
      package acme.bytes;

      public class Window {
        public static int pick(int value, int pos, int count) {
          if (count == 0) {
            return 0;
          }
          int top;
          switch (pos) {
            case 0: top = 24; break;
            case 1: top = 16; break;
            case 2: top = 8; break;
            case 3: top = 0; break;
            default: throw new IndexOutOfBoundsException("pos " + pos);
          }
          long shifted = (value & 0xFFFFFFFFL) >>> (top - 8 * (count - 1));
          return (int) (shifted & (0xFFFFFFFFL >>> (32 - 8 * count)));
        }
      }
      """;
  /** Wrong for count = 0, inside the contract. */
  private static final String WRONG = CHECKED.replace("return 0;", "return value;");

  private static Map<String, Verdict> verdicts;

  @BeforeAll
  static void validateAll() {
    Validator validator = new Validator(ValidationOptions.builder().benchmark(BenchmarkSettings.quick())
        .requireNonOverlappingIntervals(false).build());
    verdicts = validator.validateAll(List.of(request("checked", CHECKED), request("missed", MISSED),
        request("wrong", WRONG), request("switched", SWITCHED)), ProgressListener.NONE).stream()
        .collect(Collectors.toMap(Verdict::id, Function.identity()));
  }

  private static ValidationRequest request(String id, String candidate) {
    return ValidationRequest.of(id, CLASS, ORIGINAL, candidate, List.of("pick"), List.of())
        .withPrecondition(CONTRACT);
  }

  @Test
  void boundsChecksFiringOnlyOutsideThePreconditionDoNotBlockTheGate() {
    Verdict checked = verdicts.get("checked");
    assertThat(checked.outcome()).as(checked.reason()).isNotEqualTo(Verdict.Outcome.REJECTED)
        .isNotEqualTo(Verdict.Outcome.UNPROVEN);
    CoverageReport coverage = checked.differential().coverage();
    assertThat(coverage.gateMet()).isTrue();
    // Line 6 (the first throw) and 13 (the second) never run; lines 5 and 12 are taken one way only.
    assertThat(coverage.candidate().exempted()).containsExactly(5, 6, 12, 13);
    assertThat(coverage.candidate().assumed()).isEqualTo(CONTRACT);
    assertThat(checked.reason()).contains("coverage gate exempted lines 5-6, 12-13 of the candidate")
        .contains("unreachable under " + CONTRACT);
  }

  @Test
  void aSwitchDefaultOutsideThePreconditionDoesNotBlockTheGate() {
    Verdict switched = verdicts.get("switched");
    assertThat(switched.outcome()).as(switched.reason()).isNotEqualTo(Verdict.Outcome.REJECTED)
        .isNotEqualTo(Verdict.Outcome.UNPROVEN);
    // Line 14 (the default's throw) never runs; line 9, the switch, misses only that target
    // (JaCoCo counts its 5 distinct targets).
    assertThat(switched.differential().coverage().candidate().exempted()).contains(9, 14);
  }

  @Test
  void changedCodeReachableInsideThePreconditionButMissedStaysUnproven() {
    Verdict missed = verdicts.get("missed");
    assertThat(missed.outcome()).as(missed.reason()).isEqualTo(Verdict.Outcome.UNPROVEN);
    CoverageReport coverage = missed.differential().coverage();
    assertThat(coverage.candidate().unreached()).contains(12);
    assertThat(coverage.candidate().halfTaken()).contains(11);
    assertThat(coverage.candidate().exempted()).doesNotContain(11, 12);
  }

  @Test
  void rewriteWrongInsideThePreconditionIsRejected() {
    Verdict wrong = verdicts.get("wrong");
    assertThat(wrong.outcome()).as(wrong.reason()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(wrong.stageReached()).isEqualTo(Stage.DIFFERENTIAL);
    assertThat(wrong.differential().counterexample().arguments()).contains("0");
  }
}
