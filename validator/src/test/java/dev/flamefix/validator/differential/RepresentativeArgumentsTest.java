package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import java.util.zip.Checksum;
import org.junit.jupiter.api.Test;

/** Which integers benchmarks are measured on: magnitudes spread out, lengths sized. */
class RepresentativeArgumentsTest {

  @SuppressWarnings("unused")
  private static int varintSize(int value) {
    return 0;
  }

  @SuppressWarnings("unused")
  private static void update(Checksum checksum, ByteBuffer buffer, int offset, int length) {}

  @SuppressWarnings("unused")
  private static void copy(byte[] source, int maxLength, long byteCount, int lengthy, int n) {}

  @SuppressWarnings("unused")
  private static int matches(String owner, List<String> owners) {
    return 0;
  }

  private static Method method(String name) {
    for (Method m : RepresentativeArgumentsTest.class.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        return m;
      }
    }
    throw new AssertionError(name);
  }

  private static ValueGenerator generator(long seed) {
    return new ValueGenerator(new Random(seed),
        ValueGenerator.Dictionary.of(List.of(), List.of(), List.of()));
  }

  @Test
  void scalarIntegersCoverEveryBitLengthAboutEqually() {
    ValueGenerator g = generator(7);
    int[] byBitLength = new int[33];
    int draws = 3300;
    for (int i = 0; i < draws; i++) {
      int v = (int) RepresentativeArguments.draw(method("varintSize"), g, 1, true).get(0)
          .materialize();
      byBitLength[v < 0 ? 32 : 32 - Integer.numberOfLeadingZeros(v)]++;
    }
    // 100 expected per length (0 through 31 bits, and negative): a uniform int would put half
    // of them at 32 bits and almost none under 20; the old fixed range put none above 17.
    for (int bits = 0; bits <= 32; bits++) {
      assertThat(byBitLength[bits]).as("values of %d bits", bits).isBetween(50, 160);
    }
  }

  @Test
  void aLengthNextToABufferIsAboutTheInputSizeAndOffsetsSpreadBelowIt() {
    ValueGenerator g = generator(11);
    int size = 4096;
    int smallOffsets = 0;
    int largeOffsets = 0;
    for (int i = 0; i < 400; i++) {
      List<Value> args = RepresentativeArguments.draw(method("update"), g, size, false);
      assertThat(((ByteBuffer) args.get(1).materialize()).capacity()).isEqualTo(size);
      int offset = (int) args.get(2).materialize();
      int length = (int) args.get(3).materialize();
      assertThat(length).isBetween(size / 2, size);
      assertThat(offset).isBetween(0, 2 * size - 1);
      smallOffsets += offset < 16 ? 1 : 0;
      largeOffsets += offset >= 1024 ? 1 : 0;
    }
    assertThat(smallOffsets).isGreaterThan(60);
    assertThat(largeOffsets).isGreaterThan(60);
  }

  @Test
  void lengthNamesAreWholeWordsOrCamelCaseSuffixes() {
    var p = method("copy").getParameters();
    assertThat(RepresentativeArguments.isLengthName(p[1])).as("maxLength").isTrue();
    assertThat(RepresentativeArguments.isLengthName(p[2])).as("byteCount").isTrue();
    assertThat(RepresentativeArguments.isLengthName(p[3])).as("lengthy").isFalse();
    assertThat(RepresentativeArguments.isLengthName(p[4])).as("n").isFalse();
    assertThat(RepresentativeArguments.isLengthName(method("update").getParameters()[3]))
        .as("length").isTrue();
  }

  @Test
  void aLongLengthKeepsItsType() {
    List<Value> args = RepresentativeArguments.draw(method("copy"), generator(3), 64, false);
    assertThat(args.get(2).materialize()).isInstanceOf(Long.class);
    assertThat((long) args.get(2).materialize()).isBetween(32L, 64L);
    assertThat(((byte[]) args.get(0).materialize())).hasSize(64);
  }

  @Test
  void theArgumentsOfOneTupleShareStrings() {
    // A key looked up in a list drawn from a fresh pool of its own would almost never be found.
    ValueGenerator g = generator(5);
    int found = 0;
    int tuples = 200;
    for (int t = 0; t < tuples; t++) {
      List<Value> args = RepresentativeArguments.draw(method("matches"), g, 300, false);
      String owner = (String) args.get(0).materialize();
      if (((List<?>) args.get(1).materialize()).contains(owner)) {
        found++;
      }
    }
    assertThat(found).isGreaterThan(tuples / 2);
  }
}
