package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.validator.compile.Literals;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Benchmark inputs use the code's string literals in some tuples only: a method that throws
 * unless its argument is one of its literals needs them, while a parser over a list throws on
 * the whole list as soon as one element is a bare literal and needs tuples without them.
 */
@SuppressWarnings("unchecked")
class LiteralInputsTest {

  /** Throws on a bare key, as a log parser given {@code "latency="} with no number does. */
  public static final class LineParser {
    public static long total(List<String> lines) {
      long total = 0;
      for (String line : lines) {
        if (line.startsWith("latency=")) {
          total += Long.parseLong(line.substring("latency=".length()));
        }
      }
      return total;
    }
  }

  /** Knows only its literals, like a tax table keyed by region code. */
  public static final class Regions {
    public static int rate(String region) {
      return switch (region) {
        case "DE" -> 19;
        case "FR" -> 20;
        default -> throw new IllegalArgumentException("unknown region " + region);
      };
    }
  }

  /**
   * Looks every element up in a table of codes and throws on any other, as a fare calculator
   * keyed by cabin class does: a list of 300 strings of which a quarter are literals is never
   * all codes.
   */
  public static final class Cabins {
    private static final String[] CODES = {"ECO", "PRE", "BUS", "FST"};

    public static int totalPoints(List<String> cabins) {
      int total = 0;
      for (String cabin : cabins) {
        total += points(cabin);
      }
      return total;
    }

    public static int countKnown(List<String> cabins) {
      int known = 0;
      for (String cabin : cabins) {
        known += List.of(CODES).contains(cabin) ? 1 : 0;
      }
      return known;
    }

    private static int points(String cabin) {
      for (int i = 0; i < CODES.length; i++) {
        if (CODES[i].equals(cabin)) {
          return 100 * (i + 1);
        }
      }
      throw new IllegalArgumentException("unknown cabin " + cabin);
    }
  }

  private static final String CABINS_SOURCE = """
      final class Cabins {
        private static final String[] CODES = {"ECO", "PRE", "BUS", "FST"};
        static int points(String cabin) {
          for (int i = 0; i < CODES.length; i++) {
            if (CODES[i].equals(cabin)) {
              return 100 * (i + 1);
            }
          }
          throw new IllegalArgumentException("unknown cabin " + cabin);
        }
      }
      """;

  @Test
  void aListLookedUpInATableOfCodesIsMeasuredOnListsOfCodesOnly() throws Exception {
    Method method = Cabins.class.getMethod("totalPoints", List.class);
    Literals literals = Literals.of(CABINS_SOURCE);
    assertThat(literals.messages()).containsExactly("unknown cabin ");

    // Without the literal round no list of 300 is all codes: the benchmark has no input.
    assertThatThrownBy(() -> BenchmarkFixture.inputs(method, null, generator(literals), 300,
        false, List.of(), null, null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("threw or did not return");

    List<String> values = literals.strings().stream()
        .filter(s -> !literals.messages().contains(s)).toList();
    BenchmarkFixture.Inputs picked = BenchmarkFixture.inputs(method, null, generator(literals),
        300, false, List.of(), null, values);

    assertThat(picked.plans()).isNotEmpty().allSatisfy(plan -> assertThat(
        (List<Object>) plan.get(0).materialize()).hasSize(300).isSubsetOf("ECO", "PRE", "BUS", "FST"));
    // Replaying the recorded decisions rebuilds the same inputs without calling the original.
    BenchmarkFixture.Inputs replayed = BenchmarkFixture.inputs(method, null, generator(literals),
        300, false, List.of(), picked.decisions(), values);
    assertThat(replayed.plans()).hasSameSizeAs(picked.plans());
    assertThat(replayed.plans().get(0).get(0).materialize())
        .isEqualTo(picked.plans().get(0).get(0).materialize());
  }

  @Test
  void theLiteralRoundDoesNotRunWhenPlainInputsWork() throws Exception {
    Method method = Cabins.class.getMethod("countKnown", List.class);
    Literals literals = Literals.of(CABINS_SOURCE);
    BenchmarkFixture.Inputs picked = BenchmarkFixture.inputs(method, null, generator(literals),
        300, false, List.of(), null, List.of("ECO", "PRE", "BUS", "FST"));

    // A method that accepts any string is measured on the usual mix, not on codes alone.
    assertThat(picked.plans()).isNotEmpty().allSatisfy(plan -> assertThat(
        (List<?>) plan.get(0).materialize()).anyMatch(e -> !List.of("ECO", "PRE", "BUS", "FST")
            .contains(e)));
  }

  private static ValueGenerator generator(Literals literals) {
    return new ValueGenerator(new Random(11),
        ValueGenerator.Dictionary.of(literals.strings(), literals.numbers(), literals.calls()));
  }

  @Test
  void aListParserThatThrowsOnABareLiteralStillGetsInputs() throws Exception {
    BenchmarkFixture.Inputs picked =
        pick(LineParser.class.getMethod("total", List.class), 512, false, "latency=", " ms");

    assertThat(picked.plans()).isNotEmpty();
  }

  @Test
  void aMethodThatKnowsOnlyItsLiteralsGetsThem() throws Exception {
    BenchmarkFixture.Inputs picked = pick(Regions.class.getMethod("rate", String.class), 64, true,
        "DE", "FR");

    assertThat(picked.plans()).isNotEmpty().allSatisfy(plan ->
        assertThat(plan.get(0).materialize()).isIn("DE", "FR"));
  }

  private static BenchmarkFixture.Inputs pick(Method method, int size, boolean scalar,
      String... literals) {
    ValueGenerator generator = new ValueGenerator(new Random(11),
        ValueGenerator.Dictionary.of(List.of(literals), List.of(), List.of()));
    return BenchmarkFixture.inputs(method, null, generator, size, scalar, List.of());
  }
}
