package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The growth path of a 1024-byte scratch array is reached by the generated inputs: a rewrite
 * that loses the buffer's contents when it grows differs only on inputs of more than about 1020
 * bytes, which the usual random sizes (and the 1000-element edge case) never make. It must be
 * rejected with such an input, not left unproven.
 */
class GrowthPathInputsTest {

  private static final String ORIGINAL = """
      package acme.csv;

      import java.util.Arrays;

      public class Quoting {
        public static byte[] escapeQuotes(byte[] in) {
          byte[] buf = new byte[1024];
          int n = 0;
          for (byte b : in) {
            if (n + 2 > buf.length) {
              buf = Arrays.copyOf(buf, buf.length * 2);
            }
            if (b == '"') {
              buf[n++] = '"';
            }
            buf[n++] = b;
          }
          return Arrays.copyOf(buf, n);
        }
      }
      """;

  @Test
  void aRewriteWrongOnlyPastTheScratchSizeIsRejectedOnALargeInput() {
    String wrong = ORIGINAL.replace("buf = Arrays.copyOf(buf, buf.length * 2);",
        "buf = new byte[buf.length * 2];");

    Verdict v = new Validator(ValidationOptions.builder().benchmark(BenchmarkSettings.quick())
        .build()).validate(ValidationRequest.of("growth", "acme.csv.Quoting", ORIGINAL, wrong,
            List.of("escapeQuotes"), List.of()));

    assertThat(v.outcome()).as(v.reason()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(v.stageReached()).isEqualTo(Stage.DIFFERENTIAL);
    assertThat(v.differential().counterexample()).isNotNull();
  }
}
