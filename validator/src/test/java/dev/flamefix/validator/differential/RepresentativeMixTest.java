package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Benchmark collections mix distinct and repeated values, so that deduplication and lookup code
 * does real work on them: neither all equal (a set of one) nor all distinct; strings differ
 * beyond their first character; a quarter of fresh strings are the code's literals.
 */
class RepresentativeMixTest {

  private static final int SIZE = 2000;

  private static List<?> draw(Type type, List<String> literals) {
    ValueGenerator generator = new ValueGenerator(new Random(11),
        ValueGenerator.Dictionary.of(literals, List.of(), List.of()));
    return (List<?>) generator.representative(type, SIZE).materialize();
  }

  @Test
  void stringsAreAMixOfDistinctAndRepeatedValues() {
    List<?> strings = draw(new TypeReference<List<String>>() {}.getType(), List.of());

    assertThat(strings).hasSize(SIZE);
    int distinct = new HashSet<>(strings).size();
    assertThat(distinct).isBetween(SIZE / 10, SIZE * 9 / 10);
    long firstChars = strings.stream().map(s -> ((String) s).isEmpty() ? ' '
        : ((String) s).charAt(0)).distinct().count();
    assertThat(distinct).isGreaterThan((int) firstChars * 2);
  }

  @Test
  void integersAreAMixOfDistinctAndRepeatedValues() {
    List<?> ints = draw(new TypeReference<List<Integer>>() {}.getType(), List.of());

    int distinct = new HashSet<>(ints).size();
    assertThat(distinct).isBetween(SIZE / 10, SIZE * 19 / 20);
  }

  @Test
  void aShareOfRepresentativeStringsAreTheCodesLiterals() {
    List<String> literals = List.of("DE", "FR", "US-");
    int hits = 0;
    int n = 400;
    for (int seed = 0; seed < n; seed++) {
      ValueGenerator generator = new ValueGenerator(new Random(seed),
          ValueGenerator.Dictionary.of(literals, List.of(), List.of()));
      if (literals.contains(generator.representative(String.class, 300).materialize())) {
        hits++;
      }
    }
    // 25% of fresh strings, minus the regex branch's share: well above chance, well below all.
    assertThat(hits).isBetween(n / 8, n / 2);
  }
}
