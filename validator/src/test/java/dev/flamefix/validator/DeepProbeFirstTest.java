package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The deep-input probe runs before the plain budget, so inputs too big for an exponential
 * original cannot use up the child's time first (suite {@code a10}: the child was stopped at its
 * wall-clock limit and the memoised candidate left unproven). The original counts a motif's
 * occurrences in a score by naive recursion, which branches at every note: exponential in the
 * motif's length on random inputs, one frame per note while the motif has a single note (the
 * probe's shape). The memoised candidate is polynomial but its frames are several times bigger,
 * so it overflows its stack on a score the original walks. The child's limit is set so that the
 * plain budget alone outlasts it: with the probe last the verdict was {@code UNPROVEN} (child
 * stopped); with it first the candidate is rejected by the probe.
 */
class DeepProbeFirstTest {

  private static final String CLASS = "acme.chorale.MotifCount";

  /** Occurrences of the motif as a subsequence of the score, both branches always taken. */
  private static final String ORIGINAL = """
      package acme.chorale;

      public class MotifCount {
        public static long occurrences(int[] score, int[] motif) {
          return from(score, 0, motif, 0);
        }

        private static long from(int[] score, int i, int[] motif, int j) {
          if (j >= motif.length) {
            return 1;
          }
          if (i >= score.length) {
            return 0;
          }
          long skip = from(score, i + 1, motif, j);
          long take = from(score, i + 1, motif, j + 1);
          return skip + (score[i] == motif[j] ? take : 0);
        }
      }
      """;

  /**
   * The same count memoised per (note, motif position), with the bars so far passed down and
   * the lowest and highest note kept across the call: every frame several times the original's.
   */
  private static final String MEMOISED = """
      package acme.chorale;

      import java.util.HashMap;
      import java.util.Map;

      public class MotifCount {
        public static long occurrences(int[] score, int[] motif) {
          return from(score, 0, motif, 0, new HashMap<>(), 0L);
        }

        private static long from(int[] score, int i, int[] motif, int j, Map<Long, Long> memo,
            long bars) {
          if (j >= motif.length) {
            return 1;
          }
          if (i >= score.length) {
            return 0;
          }
          long key = (long) i * (motif.length + 1) + j;
          Long known = memo.get(key);
          if (known != null) {
            return known;
          }
          long lowest = Math.min(score[i], motif[j]);
          long highest = Math.max(score[i], motif[j]);
          long reached = bars + (i % 4 == 0 ? 1 : 0);
          long skip = from(score, i + 1, motif, j, memo, reached);
          long take = from(score, i + 1, motif, j + 1, memo, reached);
          long total = skip + (score[i] == motif[j] ? take : 0);
          memo.put(key, total);
          return reached < 0 ? lowest + highest : total;
        }
      }
      """;

  @Test
  void theProbeRejectsBeforeTooBigPlainInputsUseUpTheChild() {
    assertThat(MEMOISED).isNotEqualTo(ORIGINAL);
    // Each input too big for the original costs the full 2 s call limit; the child gets
    // 8 + 0 + 5 s, less than the plain budget's too-big inputs take on their own.
    Verdict v = new Validator(ValidationOptions.builder().benchmark(BenchmarkSettings.quick())
        .seed(20261205L).callTimeout(Duration.ofSeconds(2))
        .childTimeLimit(Duration.ofSeconds(8)).coverageSearch(0, Duration.ZERO).build())
        .validate(ValidationRequest.of("motif", CLASS, ORIGINAL, MEMOISED,
            List.of("occurrences"), List.of()));
    System.out.println(v.outcome() + ": " + v.reason());

    assertThat(v.outcome()).as(v.reason()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(v.stageReached()).as(v.reason()).isEqualTo(Stage.DIFFERENTIAL);
    assertThat(v.differential().counterexample()).as(v.reason()).isNotNull();
    assertThat(v.differential().counterexample().kind()).as(v.reason())
        .isEqualTo("stack-overflow");
    assertThat(v.reason()).contains("deep-input probe: argument 0 grown: the candidate differs at"
        + " size");
  }
}
