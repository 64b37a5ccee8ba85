package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Instance methods of classes built only through a static factory, whose behaviour depends on
 * state reached only through a mutator: the validator builds the receiver through the factory,
 * drives it through the mutator, and shows that call sequence in a counterexample. A type it
 * cannot build leaves the candidate unproven, never rejected.
 */
class RealReceiversTest {

  /** A run-length view of ints: the private constructor is reached only through {@code of}. */
  private static final String ORIGINAL = """
      package acme.rle;

      import java.util.Arrays;

      public final class Runs {
        private int[] values;
        private int size;

        private Runs(int first) {
          values = new int[] {first};
          size = 1;
        }

        public static Runs of(int first) {
          if (first < 0) {
            throw new IllegalArgumentException("negative: " + first);
          }
          return new Runs(first);
        }

        public void add(int value) {
          if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
          }
          if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
          }
          values[size++] = value;
        }

        public int runs() {
          int runs = 1;
          for (int i = 1; i < size; i++) {
            if (values[i] != values[i - 1]) {
              runs++;
            }
          }
          return runs;
        }
      }
      """;

  private static Verdict validate(String id, String className, String original,
      String candidate, String method) {
    ValidationOptions options = ValidationOptions.builder()
        .benchmark(BenchmarkSettings.quick()).build();
    return new Validator(options).validate(ValidationRequest.of(id, className, original,
        candidate, List.of(method), List.of()));
  }

  private static String replaceRuns(String body) {
    int start = ORIGINAL.indexOf("  public int runs() {");
    int end = ORIGINAL.indexOf("\n  }\n", start) + "\n  }\n".length();
    return ORIGINAL.substring(0, start) + body.stripTrailing() + "\n" + ORIGINAL.substring(end);
  }

  @Test
  void rejectsARewriteWrongOnlyAfterAddsWithTheCallSequence() {
    // Counts elements, not runs: the same until an add repeats the value before it.
    String candidate = replaceRuns("""
          public int runs() {
            return size;
          }
        """);

    Verdict v = validate("runs-size", "acme.rle.Runs", ORIGINAL, candidate, "runs");

    assertThat(v.outcome()).as(v.reason()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(v.stageReached()).isEqualTo(Stage.DIFFERENTIAL);
    assertThat(v.differential().counterexample().difference()).startsWith("returned");
    assertThat(v.differential().counterexample().arguments())
        .startsWith("receiver Runs.of(").contains(".add(");
    assertThat(v.reason()).contains("Runs.of(").contains(".add(");
  }

  @Test
  void aCorrectRewriteOfAStateDependentMethodPassesDifferentialTesting() {
    String candidate = replaceRuns("""
          public int runs() {
            int[] v = values;
            int runs = 1;
            int previous = v[0];
            for (int i = 1, n = size; i < n; i++) {
              int current = v[i];
              runs += current != previous ? 1 : 0;
              previous = current;
            }
            return runs;
          }
        """);

    Verdict v = validate("runs-hoisted", "acme.rle.Runs", ORIGINAL, candidate, "runs");

    assertThat(v.differential().counterexample()).as(v.reason()).isNull();
    assertThat(v.differential().error()).as(v.reason()).isNull();
    assertThat(v.differential().equivalent()).isTrue();
    assertThat(v.outcome()).as(v.reason()).isNotEqualTo(Verdict.Outcome.UNPROVEN);
    assertThat(v.differential().methods().get(0).calls()).isGreaterThanOrEqualTo(500);
  }

  @Test
  void anUnbuildableReceiverLeavesTheCandidateUnprovenNamingTheType() {
    String original = """
        package acme.gate;

        public final class Gate {
          private int opened;

          public Gate(int code) {
            throw new IllegalStateException("closed for " + code);
          }

          public int twice() {
            return opened * 2;
          }
        }
        """;
    String candidate = original.replace("return opened * 2;", "return opened + opened;");

    Verdict v = validate("gate", "acme.gate.Gate", original, candidate, "twice");

    assertThat(v.outcome()).as(v.reason()).isEqualTo(Verdict.Outcome.UNPROVEN);
    assertThat(v.accepted()).isFalse();
    assertThat(v.outcomeLabel()).isEqualTo("unproven");
    assertThat(v.stageReached()).isEqualTo(Stage.DIFFERENTIAL);
    assertThat(v.reason()).startsWith("unproven: differential testing could not run: ")
        .contains("cannot build acme.gate.Gate").contains("new Gate(int)")
        .contains("IllegalStateException");
    assertThat(v.differential().counterexample()).isNull();
  }
}
