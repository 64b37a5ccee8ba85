package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs sized to the original: where the original itself does not return within the per-call
 * budget (an exponential recursion given 1000) or overflows its stack, the input is clamped and
 * retried instead of being charged to the candidate; a candidate that loops where the original
 * returns is still a timeout.
 */
class OversizedInputsTest {

  private static final String CLASS = "dev.flamefix.validator.fixtures.Grid";

  private static final String ORIGINAL = """
      package dev.flamefix.validator.fixtures;

      public class Grid {
        public static long latticePaths(int rows, int cols) {
          if (rows <= 0 || cols <= 0) {
            return 1;
          }
          return latticePaths(rows - 1, cols) + latticePaths(rows, cols - 1);
        }
      }
      """;

  private static final String MEMOISED = """
      package dev.flamefix.validator.fixtures;

      public class Grid {
        public static long latticePaths(int rows, int cols) {
          return paths(rows, cols, new java.util.HashMap<>());
        }

        private static long paths(int r, int c, java.util.Map<Long, Long> memo) {
          if (r <= 0 || c <= 0) {
            return 1;
          }
          long key = ((long) r << 32) | (c & 0xffffffffL);
          Long known = memo.get(key);
          if (known != null) {
            return known;
          }
          long v = paths(r - 1, c, memo) + paths(r, c - 1, memo);
          memo.put(key, v);
          return v;
        }
      }
      """;

  /**
   * Iterative: returns where the original overflows its stack ({@code (5, 100000)}) and fails
   * differently where the original does ({@code cols = MAX_VALUE}); neither input says anything.
   */
  private static final String ITERATIVE = """
      package dev.flamefix.validator.fixtures;

      public class Grid {
        public static long latticePaths(int rows, int cols) {
          if (rows <= 0 || cols <= 0) {
            return 1;
          }
          long[] row = new long[cols + 1];
          java.util.Arrays.fill(row, 1);
          for (int r = 1; r <= rows; r++) {
            for (int c = 1; c <= cols; c++) {
              row[c] += row[c - 1];
            }
          }
          return row[cols];
        }
      }
      """;

  /** Memoised too, but spins for ever on three rows, where the original returns at once. */
  private static final String LOOPS_ON_THREE_ROWS = MEMOISED.replace(
      "return paths(rows, cols, new java.util.HashMap<>());",
      "while (rows == 3 && cols >= 0) { Thread.onSpinWait(); }\n"
          + "    return paths(rows, cols, new java.util.HashMap<>());");

  @Test
  void anInputTooBigForTheOriginalIsShrunkNotChargedToTheCandidate() {
    Validator validator = new Validator(ValidationOptions.builder()
        .callTimeout(Duration.ofSeconds(1)).childTimeLimit(Duration.ofSeconds(120))
        .benchmark(BenchmarkSettings.quick()).build());
    List<Verdict> verdicts = validator.validateAll(List.of(
        ValidationRequest.of("memoised", CLASS, ORIGINAL, MEMOISED, List.of("latticePaths"),
            List.of()),
        ValidationRequest.of("iterative", CLASS, ORIGINAL, ITERATIVE, List.of("latticePaths"),
            List.of()),
        ValidationRequest.of("loops", CLASS, ORIGINAL, LOOPS_ON_THREE_ROWS,
            List.of("latticePaths"), List.of())), ProgressListener.NONE);
    verdicts.forEach(v -> System.out.println(v.id() + ": " + v.outcome() + ": " + v.reason()));

    for (Verdict correct : verdicts.subList(0, 2)) {
      assertThat(correct.differential().equivalent()).as(correct.reason()).isTrue();
      assertThat(correct.differential().methods().get(0).calls()).isEqualTo(500);
      assertThat(correct.reason()).doesNotContain("did not return");
      assertThat(correct.accepted()).as(correct.reason()).isTrue();
    }

    Verdict loops = verdicts.get(2);
    assertThat(loops.accepted()).isFalse();
    assertThat(loops.differential().counterexample().kind()).isEqualTo("timeout");
    assertThat(loops.differential().counterexample().arguments()).startsWith("(3, ");
  }
}
