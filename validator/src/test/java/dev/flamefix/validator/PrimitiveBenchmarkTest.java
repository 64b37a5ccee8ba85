package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.benchmark.PairResult;
import dev.flamefix.validator.differential.PrimitiveShape;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Through the real validator, methods that take and return primitives are benchmarked on
 * primitive arrays through exactly typed handles (the pair carries its {@link PrimitiveShape}),
 * and a clearly faster rewrite of each is accepted: a static {@code int -> int} bit count and an
 * instance {@code int -> long} sum on a receiver's field. No speed-up size is asserted.
 */
class PrimitiveBenchmarkTest {

  private static final String BITS = "dev.flamefix.validator.fixtures.Bits";
  private static final String BITS_ORIGINAL = """
      package dev.flamefix.validator.fixtures;

      public class Bits {
        public static int ones(int v) {
          int n = 0;
          while (v != 0) {
            n += v & 1;
            v >>>= 1;
          }
          return n;
        }
      }
      """;
  private static final String BITS_CANDIDATE = """
      package dev.flamefix.validator.fixtures;

      public class Bits {
        public static int ones(int v) {
          return Integer.bitCount(v);
        }
      }
      """;

  private static final String SERIES = "dev.flamefix.validator.fixtures.Series";
  private static final String SERIES_ORIGINAL = """
      package dev.flamefix.validator.fixtures;

      public class Series {
        private final int bias;

        public Series(int bias) {
          this.bias = bias;
        }

        public long sumTo(int n) {
          int m = n & 1023;
          long s = 0;
          for (int i = 1; i <= m; i++) {
            s += i;
            s += bias;
          }
          return s;
        }
      }
      """;
  private static final String SERIES_CANDIDATE = """
      package dev.flamefix.validator.fixtures;

      public class Series {
        private final int bias;

        public Series(int bias) {
          this.bias = bias;
        }

        public long sumTo(int n) {
          long m = n & 1023;
          return m * (m + 1) / 2 + m * bias;
        }
      }
      """;

  @Test
  void clearlyFasterPrimitiveRewritesAreMeasuredOnPrimitiveArraysAndAccepted() {
    Validator validator = new Validator(ValidationOptions.builder()
        .callTimeout(Duration.ofSeconds(1)).childTimeLimit(Duration.ofSeconds(180))
        .benchmark(BenchmarkSettings.quick()).build());
    List<Verdict> verdicts = validator.validateAll(List.of(
        ValidationRequest.of("bit-count", BITS, BITS_ORIGINAL, BITS_CANDIDATE, List.of("ones"),
            List.of()),
        ValidationRequest.of("series", SERIES, SERIES_ORIGINAL, SERIES_CANDIDATE,
            List.of("sumTo"), List.of())), ProgressListener.NONE);

    PrimitiveShape[] expected = {
        new PrimitiveShape(false, List.of("int"), "int"),
        new PrimitiveShape(true, List.of("int"), "long")};
    for (int i = 0; i < verdicts.size(); i++) {
      Verdict verdict = verdicts.get(i);
      System.out.println(verdict.id() + ": " + verdict.outcome() + ": " + verdict.reason());
      assertThat(verdict.differential().equivalent()).as(verdict.reason()).isTrue();
      assertThat(verdict.benchmark()).as(verdict.reason()).isNotNull();
      List<PairResult> methods = verdict.benchmark().methods();
      assertThat(methods).hasSize(1);
      assertThat(methods.get(0).pair().shape()).isEqualTo(expected[i]);
      assertThat(methods.get(0).error()).as(verdict.reason()).isNull();
      assertThat(verdict.accepted()).as(verdict.reason()).isTrue();
    }
  }
}
