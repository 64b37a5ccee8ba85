package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.differential.MethodReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deep-input probe: a recursion over a list of lists is one frame per element, and random
 * inputs hold at most a thousand such elements, far from any stack limit. A candidate whose
 * frames are several times bigger (a memo and running totals passed down, more locals) returns on
 * all of those and overflows its stack on a list the original walks; the probe grows the list
 * until the original stops returning, so the candidate is rejected on every seed, not when a draw
 * happens to be long (suite {@code a10}). A candidate with smaller frames passes the probe.
 */
class DeepRecursionProbeTest {

  private static final String CLASS = "acme.canal.LockFlight";

  /** A flight of canal locks, each a list of chamber rises; the total rise, lock by lock. */
  private static final String ORIGINAL = """
      package acme.canal;

      import java.util.List;

      public class LockFlight {
        public static long totalRise(List<int[]> locks) {
          return riseFrom(locks, 0);
        }

        private static long riseFrom(List<int[]> locks, int i) {
          if (i >= locks.size()) {
            return 0;
          }
          long rise = 0;
          for (int chamber : locks.get(i)) {
            rise += chamber;
          }
          return rise + riseFrom(locks, i + 1);
        }
      }
      """;

  /**
   * The same totals, memoised, with the water level below each lock passed down and the lowest
   * and highest chamber kept across the call: every frame several times the original's.
   */
  private static final String MEMOISED = """
      package acme.canal;

      import java.util.HashMap;
      import java.util.List;
      import java.util.Map;

      public class LockFlight {
        public static long totalRise(List<int[]> locks) {
          return riseFrom(locks, 0, new HashMap<>(), 0L);
        }

        private static long riseFrom(List<int[]> locks, int i, Map<Integer, Long> memo,
            long below) {
          if (i >= locks.size()) {
            return 0;
          }
          Long known = memo.get(i);
          if (known != null) {
            return known;
          }
          long rise = 0;
          long lowest = Long.MAX_VALUE;
          long highest = Long.MIN_VALUE;
          long chambers = 0;
          for (int chamber : locks.get(i)) {
            rise += chamber;
            lowest = Math.min(lowest, chamber);
            highest = Math.max(highest, chamber);
            chambers++;
          }
          long reached = below + rise;
          long total = rise + riseFrom(locks, i + 1, memo, reached);
          memo.put(i, total);
          return chambers < 0 ? lowest + highest + reached : total;
        }
      }
      """;

  /** An original with a fatter frame: the extremes and the level below kept across the call. */
  private static final String WIDE = """
      package acme.canal;

      import java.util.List;

      public class LockFlight {
        public static long totalRise(List<int[]> locks) {
          return riseFrom(locks, 0, 0L);
        }

        private static long riseFrom(List<int[]> locks, int i, long below) {
          if (i >= locks.size()) {
            return 0;
          }
          long rise = 0;
          long lowest = Long.MAX_VALUE;
          long highest = Long.MIN_VALUE;
          for (int chamber : locks.get(i)) {
            rise += chamber;
            lowest = Math.min(lowest, chamber);
            highest = Math.max(highest, chamber);
          }
          long spread = highest - lowest;
          long total = rise + riseFrom(locks, i + 1, below + rise);
          return total + spread - spread;
        }
      }
      """;

  @ParameterizedTest
  @ValueSource(longs = {20261121L, 7L})
  void biggerFramesThatOverflowWhereTheOriginalReturnsAreRejectedOnEverySeed(long seed) {
    assertThat(MEMOISED).isNotEqualTo(ORIGINAL);
    Verdict v = validate("memo-" + seed, ORIGINAL, MEMOISED, seed);
    System.out.println(v.outcome() + ": " + v.reason());

    assertThat(v.stageReached()).as(v.reason()).isEqualTo(Stage.DIFFERENTIAL);
    assertThat(v.differential().counterexample()).as(v.reason()).isNotNull();
    assertThat(v.differential().counterexample().kind()).as(v.reason())
        .isEqualTo("stack-overflow");
    assertThat(v.reason()).contains("candidate overflowed the stack")
        .contains("original returned").contains("deep-input probe")
        .contains("the candidate differs at size");
  }

  @Test
  void smallerFramesPassTheProbe() {
    Verdict v = validate("slim", WIDE, ORIGINAL, 20261121L);
    System.out.println(v.outcome() + ": " + v.reason() + " / "
        + v.differential().methods().get(0).deepProbe());

    // Past the differential stage: whether it is fast enough is the benchmark's question.
    assertThat(v.stageReached()).as(v.reason()).isIn(Stage.BENCHMARK, Stage.DECIDED);
    assertThat(v.differential().counterexample()).as(v.reason()).isNull();
    assertThat(v.differential().proven()).as(v.reason()).isTrue();
    MethodReport report = v.differential().methods().get(0);
    assertThat(report.deepProbe()).as(v.reason())
        .contains("argument 0 grown: both sides returned alike up to size")
        .doesNotContain("differs");
  }

  private static Verdict validate(String id, String original, String candidate, long seed) {
    return new Validator(ValidationOptions.builder().benchmark(BenchmarkSettings.quick())
        .seed(seed).build()).validate(ValidationRequest.of(id, CLASS, original, candidate,
            List.of("totalRise"), List.of()));
  }
}
