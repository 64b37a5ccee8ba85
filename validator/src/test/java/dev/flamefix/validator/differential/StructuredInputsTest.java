package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.compile.Literals;
import dev.flamefix.validator.support.Sources;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Inputs built from literals reach the branches behind them: on the 500 calls the validator
 * makes, lists of log lines tell the latency summer apart from each of its three wrong rewrites
 * that random strings never told apart. The methods here are this test's own code (not
 * candidates), so they run in the test JVM.
 */
class StructuredInputsTest {

  private static final Type LINES = listOfStrings();

  @Test
  void literalsOfTheTargetMethodComeFirstAndParseCallsAreRecorded() {
    Literals literals = Literals.of(List.of("totalLatency"), Sources.example(Sources.LOG_DIGEST));
    assertThat(literals.strings().get(0)).isEqualTo("latency=");
    assertThat(literals.strings()).contains("user=", "level=", "info");
    assertThat(literals.calls()).contains("parseLong", "replaceAll", "trim", "parseDouble");
  }

  @Test
  void generatedLinesSeparateTheLatencySummerFromItsWrongRewrites() {
    List<List<String>> inputs = inputs(20261121L);
    assertThat(differing(inputs, StructuredInputsTest::parseInt)).isGreaterThanOrEqualTo(5);
    assertThat(differing(inputs, StructuredInputsTest::noTrim)).isGreaterThanOrEqualTo(5);
    assertThat(differing(inputs, StructuredInputsTest::firstOccurrence)).isGreaterThanOrEqualTo(5);
    // A healthy share of inputs still parse through (they are not all junk) ...
    long parsed = inputs.stream().filter(l -> outcome(StructuredInputsTest::original, l)
        instanceof Long sum && sum != 0).count();
    assertThat(parsed).isGreaterThan(25);
    // ... and plain random strings, without the key, are still there.
    long plain = inputs.stream().flatMap(List::stream)
        .filter(s -> s != null && !s.contains("=")).count();
    assertThat(plain).isGreaterThan(inputs.size());
  }

  @Test
  void theSameSeedGivesTheSameInputs() {
    assertThat(inputs(7L)).isEqualTo(inputs(7L));
    assertThat(inputs(7L)).isNotEqualTo(inputs(8L));
  }

  private static List<List<String>> inputs(long seed) {
    // As the validator sees it: the original and a candidate (the wrong rewrites' shape).
    String source = Sources.example(Sources.LOG_DIGEST);
    String candidate = Sources.splice(source, "totalLatency", """
        public static long totalLatency(List<String> lines) {
          long total = 0;
          for (String line : lines) {
            int at = line.lastIndexOf("latency=");
            if (at < 0) continue;
            int end = line.indexOf(" ms", at);
            total += Long.parseLong(line.substring(at + 8, end < 0 ? line.length() : end).trim());
          }
          return total;
        }""", null, null);
    Literals literals = Literals.of(List.of("totalLatency"), source, candidate);
    ValueGenerator generator = new ValueGenerator(new Random(seed),
        ValueGenerator.Dictionary.of(literals.strings(), literals.numbers(), literals.calls()));
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      generator.beginCall();
      @SuppressWarnings("unchecked")
      List<String> lines = (List<String>) generator.random(LINES).materialize();
      out.add(lines);
    }
    return out;
  }

  private static long differing(List<List<String>> inputs, Function<List<String>, Long> wrong) {
    return inputs.stream().filter(l -> !Objects.equals(outcome(StructuredInputsTest::original, l),
        outcome(wrong, l))).count();
  }

  /** The returned value, or the class of what was thrown. */
  private static Object outcome(Function<List<String>, Long> f, List<String> lines) {
    try {
      return f.apply(lines);
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }

  private static long original(List<String> lines) {
    long total = 0;
    for (String line : lines) {
      int at = line.lastIndexOf("latency=");
      if (at >= 0) {
        total += Long.parseLong(value(line, at).trim());
      }
    }
    return total;
  }

  private static long parseInt(List<String> lines) {
    long total = 0;
    for (String line : lines) {
      int at = line.lastIndexOf("latency=");
      if (at >= 0) {
        total += Integer.parseInt(value(line, at).trim());
      }
    }
    return total;
  }

  private static long noTrim(List<String> lines) {
    long total = 0;
    for (String line : lines) {
      int at = line.lastIndexOf("latency=");
      if (at >= 0) {
        total += Long.parseLong(value(line, at));
      }
    }
    return total;
  }

  private static long firstOccurrence(List<String> lines) {
    long total = 0;
    for (String line : lines) {
      int at = line.indexOf("latency=");
      if (at >= 0) {
        total += Long.parseLong(value(line, at).trim());
      }
    }
    return total;
  }

  private static String value(String line, int at) {
    int start = at + "latency=".length();
    int end = line.indexOf(" ms", start);
    return end < 0 ? line.substring(start) : line.substring(start, end);
  }

  private static Type listOfStrings() {
    try {
      return StructuredInputsTest.class.getDeclaredMethod("original", List.class)
          .getGenericParameterTypes()[0];
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
