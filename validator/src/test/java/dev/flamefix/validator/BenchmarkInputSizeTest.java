package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.benchmark.PairResult;
import dev.flamefix.validator.differential.BenchmarkFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Benchmark inputs grow until the original's operation is measurable: a scan of every 32nd of 300
 * ints (10 reads) takes far less than a microsecond per operation, so it is benchmarked on larger
 * arrays; a method of numbers only (whose inputs cannot grow) is benchmarked on more argument
 * tuples per operation. Asserts the chosen sizes, never a time.
 */
class BenchmarkInputSizeTest {

  private static final String CLASS = "dev.flamefix.validator.fixtures.Scan";

  private static final String ORIGINAL = """
      package dev.flamefix.validator.fixtures;

      public class Scan {
        public static long total(int[] values) {
          long sum = 0;
          for (int i = 0; i < values.length; i += 32) {
            sum += values[i];
          }
          return sum;
        }

        public static long twice(long x) {
          return x + x;
        }
      }
      """;

  private static final String CANDIDATE = """
      package dev.flamefix.validator.fixtures;

      public class Scan {
        public static long total(int[] values) {
          long sum = 0;
          for (int i = 0, n = values.length; i < n; i += 32) {
            sum += values[i];
          }
          return sum;
        }

        public static long twice(long x) {
          return x << 1;
        }
      }
      """;

  @Test
  void aCheapOriginalIsBenchmarkedOnInputsLargerThanTheDefault() {
    BenchmarkSettings settings = BenchmarkSettings.quick();
    Verdict v = new Validator(ValidationOptions.builder().benchmark(settings).build()).validate(
        ValidationRequest.of("scan", CLASS, ORIGINAL, CANDIDATE, List.of("total", "twice"),
            List.of()));
    System.out.println(v.reason());

    assertThat(v.benchmark()).as(v.reason()).isNotNull();
    List<PairResult> methods = v.benchmark().methods();
    assertThat(methods).hasSize(2);
    PairResult total = methods.stream()
        .filter(p -> p.pair().signature().contains("total")).findFirst().orElseThrow();
    PairResult twice = methods.stream()
        .filter(p -> p.pair().signature().contains("twice")).findFirst().orElseThrow();
    System.out.println("input sizes: total " + total.inputSize() + ", twice " + twice.inputSize());
    assertThat(total.error()).isNull();
    assertThat(total.inputSize()).isGreaterThan(settings.inputSize());
    // x + x on a long is a nanosecond: 3 tuples per operation sit at the timer's resolution, and
    // a few hundred are a sequence the branch predictor learns; 4096 cost a few microseconds.
    assertThat(twice.error()).isNull();
    assertThat(twice.inputSize()).isGreaterThanOrEqualTo(1024).isLessThanOrEqualTo(4096);
    assertThat(v.toJson()).containsPattern("\"inputSize\"\\s*:\\s*" + total.inputSize());
  }

  private static final String DIGITS = """
      package dev.flamefix.validator.fixtures;

      public class Digits {
        public static long digits(int[] values) {
          long n = 0;
          for (int v : values) {
            n += Integer.toString(v).length();
          }
          return n;
        }
      }
      """;

  @Test
  void recordedProductionCallsSetTheSizeTheBenchmarkStartsFrom() {
    // Linear and already over 1 us at the default size: generated inputs alone stay small.
    int[] production = new int[12_000];
    for (int i = 0; i < production.length; i++) {
      production[i] = i * 7919;
    }
    dev.flamefix.recording.CallCodec.Encoded call = dev.flamefix.recording.CallCodec.recording(
        dev.flamefix.recording.Redaction.none(), 1 << 20).encode(null, new Object[] {production});
    assertThat(call.isOk()).as(call.detail()).isTrue();
    String candidate = DIGITS.replace("n += Integer.toString(v).length();",
        "n += String.valueOf(v).length();");

    Verdict v = new Validator(ValidationOptions.builder().benchmark(BenchmarkSettings.quick())
        .minSpeedup(1.0).requireNonOverlappingIntervals(false).build())
        .validate(ValidationRequest.of("digits", "dev.flamefix.validator.fixtures.Digits", DIGITS,
            candidate, List.of("digits"), List.of()).withRecordedCalls(
                "dev.flamefix.validator.fixtures.Digits#digits(int[])",
                List.of(new dev.flamefix.recording.RecordedCall(1_764_000_000_000L,
                    call.payload()))));

    assertThat(v.benchmark()).as(v.reason()).isNotNull();
    PairResult digits = v.benchmark().methods().get(0);
    assertThat(digits.error()).as(v.reason()).isNull();
    assertThat(digits.inputSize()).isGreaterThanOrEqualTo(12_000);
  }
}
