package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.differential.MethodReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An input on which the original returns a result too big to hold twice and compare within the
 * child's heap (held-out {@code hv07}: millions of press runs) is shrunk like one the original
 * does not return on, and said so; before, the harness thread ran out of heap and the candidate
 * was left unproven ("differential harness failed outside code under test"), or the candidate's
 * own call ran out of heap and it was rejected.
 */
class HugeResultsTest {

  /** A lighthouse keepers' rota: one watch an hour, up to four million of them. */
  private static final String ORIGINAL = """
      package acme.lighthouse;

      import java.util.ArrayList;
      import java.util.List;

      public class WatchRota {
        public record Watch(int day, int hour) {}

        public static List<Watch> watches(int hours) {
          List<Watch> out = new ArrayList<>();
          int n = Math.min(Math.max(hours, 0), 4_000_000);
          for (int i = 0; i < n; i++) {
            out.add(new Watch(i / 24, i % 24));
          }
          return out;
        }
      }
      """;

  /** The same watches, the slot without a division. */
  private static final String CANDIDATE = ORIGINAL.replace("i % 24", "i - i / 24 * 24");

  @Test
  void aResultTooBigToCompareShrinksTheInputInsteadOfEndingTheRun() {
    assertThat(CANDIDATE).isNotEqualTo(ORIGINAL);
    Verdict v = new Validator(ValidationOptions.builder().benchmark(BenchmarkSettings.quick())
        .build()).validate(ValidationRequest.of("rota", "acme.lighthouse.WatchRota", ORIGINAL,
            CANDIDATE, List.of("watches"), List.of()));
    System.out.println(v.outcome() + ": " + v.reason());

    assertThat(v.differential().error()).as(v.reason()).isNull();
    assertThat(v.differential().counterexample()).as(v.reason()).isNull();
    assertThat(v.differential().equivalent()).as(v.reason()).isTrue();
    MethodReport report = v.differential().methods().get(0);
    assertThat(report.calls()).isEqualTo(500);
    assertThat(report.tooBig()).contains("too big for the original").contains("shrunk");
    // The child's limits are kept: the default heap.
    assertThat(v.sandbox().heapMegabytes()).isEqualTo(256);
  }
}
