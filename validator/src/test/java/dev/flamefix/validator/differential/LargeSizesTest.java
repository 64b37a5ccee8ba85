package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A few random inputs per run are larger than the usual scratch and buffer thresholds (1024,
 * 4096, 8192), top-level arrays and collections of atoms only; the rest stay small.
 */
class LargeSizesTest {

  private static final int DRAWS = 4000;

  private final ValueGenerator generator = new ValueGenerator(new Random(7),
      ValueGenerator.Dictionary.of(List.of(), List.of(), List.of()));

  @Test
  void aFewTopLevelArraysAndBuffersArePastEachThreshold() {
    List<Integer> arrays = new ArrayList<>();
    List<Integer> buffers = new ArrayList<>();
    for (int i = 0; i < DRAWS; i++) {
      generator.beginCall();
      arrays.add(((byte[]) generator.random(byte[].class).materialize()).length);
      generator.beginCall();
      buffers.add(((ByteBuffer) generator.random(ByteBuffer.class).materialize()).capacity());
    }

    for (List<Integer> sizes : List.of(arrays, buffers)) {
      long large = sizes.stream().filter(n -> n > 1024).count();
      assertThat(large).isBetween(DRAWS / 200L, DRAWS / 20L);
      assertThat(sizes).anyMatch(n -> n > 4096).anyMatch(n -> n > 8192)
          .allMatch(n -> n <= 8193);
      assertThat(sizes.stream().filter(n -> n <= 64).count()).isGreaterThan(DRAWS * 8L / 10);
    }
  }

  @Test
  void containersOfContainersStaySmall() {
    for (int i = 0; i < DRAWS / 4; i++) {
      generator.beginCall();
      Object v = generator.random(
          new com.fasterxml.jackson.core.type.TypeReference<List<List<Integer>>>() {}.getType())
          .materialize();
      if (v instanceof List<?> outer) {
        // Not a collection of atoms: neither it nor its elements get the large sizes.
        assertThat(outer.size()).isLessThan(50);
        for (Object inner : outer) {
          if (inner instanceof List<?> l) {
            assertThat(l.size()).isLessThan(50);
          }
        }
      }
    }
  }
}
