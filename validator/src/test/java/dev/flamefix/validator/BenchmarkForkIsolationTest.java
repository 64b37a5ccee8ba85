package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measured forks start clean: the fixture's input sizing, which runs the original thousands
 * of times, must not happen in the candidate's fork, where it left the original's JIT profile in
 * shared code and measured clearly faster candidates as several times slower. The fixture here
 * makes that visible without timing anything: the original marks the JVM once it has run a
 * thousand times, and the candidate, five times cheaper in a clean JVM, does fifty times the
 * work in a marked one. So it is accepted only if its fork never ran the sizing.
 */
class BenchmarkForkIsolationTest {

  private static final String CLASS = "dev.flamefix.validator.fixtures.Tally";

  private static final String ORIGINAL = """
      package dev.flamefix.validator.fixtures;

      public class Tally {
        private static int calls;

        public static long weighted(int[] values) {
          if (++calls == 1000) {
            System.setProperty("flamefix.test.original.warm", "true");
          }
          long sum = 0;
          for (int r = 0; r < 5; r++) {
            for (int v : values) {
              sum += (long) v * r;
            }
          }
          return sum;
        }
      }
      """;

  private static final String CANDIDATE = """
      package dev.flamefix.validator.fixtures;

      public class Tally {
        public static long weighted(int[] values) {
          int passes = System.getProperty("flamefix.test.original.warm") == null ? 1 : 50;
          long sum = 0;
          for (int p = 0; p < passes; p++) {
            sum = 0;
            for (int v : values) {
              sum += v;
            }
          }
          return sum * 10;
        }
      }
      """;

  @Test
  void theCandidatesForkNeverRunsTheOriginalsSizing() {
    Validator validator = new Validator(ValidationOptions.builder()
        .callTimeout(Duration.ofSeconds(1)).childTimeLimit(Duration.ofSeconds(120))
        .benchmark(BenchmarkSettings.quick()).build());
    Verdict verdict = validator.validateAll(List.of(ValidationRequest.of("closed-form", CLASS,
        ORIGINAL, CANDIDATE, List.of("weighted"), List.of())), ProgressListener.NONE).get(0);
    System.out.println(verdict.id() + ": " + verdict.outcome() + ": " + verdict.reason());

    assertThat(verdict.differential().equivalent()).as(verdict.reason()).isTrue();
    assertThat(verdict.accepted()).as(verdict.reason()).isTrue();
  }
}
