package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.support.Sources;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A class that names itself in field, local and parameter types and returns its own instances.
 * The candidate is compiled as {@code Interval__candidate}; every self-reference must follow, and
 * the candidate's instances must compare against the original's by their fields.
 */
class SelfReferencesTest {

  private static final String ORIGINAL = """
      package acme.self;

      public class Interval {
        private static final Interval EMPTY = new Interval(0, -1);
        private final int lo;
        private final int hi;

        public Interval(int lo, int hi) {
          this.lo = lo;
          this.hi = hi;
        }

        public static Interval hull(int[] xs) {
          Interval acc = EMPTY;
          for (int x : xs) {
            Interval one = new Interval(x, x);
            acc = acc == EMPTY ? one : acc.union(one);
          }
          return acc;
        }

        private Interval union(Interval o) {
          return new Interval(Math.min(lo, o.lo), Math.max(hi, o.hi));
        }

        @Override
        public String toString() {
          return getClass().getSimpleName() + "[" + lo + ", " + hi + "]";
        }
      }
      """;

  private static Verdict validate(String id, String hull) {
    String candidate = Sources.splice(ORIGINAL, "hull", hull, null, null);
    return new Validator(ValidationOptions.builder().benchmark(BenchmarkSettings.quick()).build())
        .validate(ValidationRequest.of(id, "acme.self.Interval", ORIGINAL, candidate,
            List.of("hull"), List.of()));
  }

  private static final String FAST_HULL = """
        public static Interval hull(int[] xs) {
          if (xs.length == 0) {
            return EMPTY;
          }
          int lo = xs[0];
          int hi = xs[0];
          for (int i = 1; i < xs.length; i++) {
            lo = Math.min(lo, xs[i]);
            hi = Math.max(hi, xs[i]);
          }
          Interval result = (Interval) new Interval(lo, hi);
          return result;
        }
      """;

  @Test
  void aCorrectRewriteWithSelfTypedLocalsPassesDifferentialTesting() {
    Verdict v = validate("self-ok", FAST_HULL);

    assertThat(v.compile().errors()).as(v.reason()).isEmpty();
    assertThat(v.differential().counterexample()).as(v.reason()).isNull();
    assertThat(v.stageReached()).as(v.reason()).isIn(Stage.BENCHMARK, Stage.DECIDED);
  }

  @Test
  void aWrongRewriteWithSelfTypedLocalsIsRejectedShowingTheOriginalsName() {
    Verdict v = validate("self-wrong",
        FAST_HULL.replace("i < xs.length;", "i < xs.length - 1;"));

    assertThat(v.accepted()).isFalse();
    assertThat(v.stageReached()).as(v.reason()).isEqualTo(Stage.DIFFERENTIAL);
    assertThat(v.differential().counterexample()).as(v.reason()).isNotNull();
    // The candidate's toString names its own class; reports show the original's name.
    assertThat(v.reason()).contains("candidate returned Interval[").doesNotContain("__candidate");
  }
}
