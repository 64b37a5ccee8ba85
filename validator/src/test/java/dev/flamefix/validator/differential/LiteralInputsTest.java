package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Benchmark inputs use the code's string literals in some tuples only: a method that throws
 * unless its argument is one of its literals needs them, while a parser over a list throws on
 * the whole list as soon as one element is a bare literal and needs tuples without them.
 */
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
