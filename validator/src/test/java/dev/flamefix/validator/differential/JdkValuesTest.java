package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;
import org.junit.jupiter.api.Test;

/** Generators and comparisons of checksums, charsets, buffers and functional interfaces. */
class JdkValuesTest {

  /** A project's own functional interface, generic. */
  @FunctionalInterface
  interface Mapper<A, B> {
    B map(A a);

    default B twice(A a) {
      map(a);
      return map(a);
    }
  }

  @SuppressWarnings("unused")
  private static void signatures(Function<String, Integer> f, UnaryOperator<String> u,
      IntUnaryOperator i, BinaryOperator<Integer> b, Predicate<Integer> p,
      Supplier<List<String>> s, Consumer<String> c, Comparator<String> k,
      Mapper<String, Long> m, Runnable r) {}

  private static Type type(int index) {
    for (Method m : JdkValuesTest.class.getDeclaredMethods()) {
      if (m.getName().equals("signatures")) {
        return m.getGenericParameterTypes()[index];
      }
    }
    throw new AssertionError();
  }

  private static ValueGenerator generator(long seed) {
    return new ValueGenerator(new Random(seed),
        ValueGenerator.Dictionary.of(List.of(), List.of(), List.of()));
  }

  private static final DeepComparator COMPARATOR = new DeepComparator(1e-9, 1e-12,
      "__candidate");

  @Test
  void checksumsOfEveryKindCarryTheirPriorUpdates() {
    List<Value> edges = generator(1).edgeCases(Checksum.class);

    assertThat(edges.get(0)).isInstanceOf(Value.Null.class);
    assertThat(edges.stream().skip(1).<Class<?>>map(v -> v.materialize().getClass()).distinct())
        .containsExactlyInAnyOrder(CRC32.class, Adler32.class, CRC32C.class);
    ChecksumValue primed = (ChecksumValue) edges.stream()
        .filter(v -> v instanceof ChecksumValue c && c.prior().length > 0
            && c.kind() == ChecksumValue.Kind.CRC32).findFirst().orElseThrow();
    CRC32 expected = new CRC32();
    expected.update(primed.prior());
    assertThat(((Checksum) primed.materialize()).getValue()).isEqualTo(expected.getValue());
    assertThat(primed.render()).startsWith("CRC32 after update([");
    ValueGenerator g = generator(2);
    for (int i = 0; i < 20; i++) {
      assertThat(g.random(Adler32.class).materialize()).isInstanceOf(Adler32.class);
    }
  }

  @Test
  void checksumsCompareByAlgorithmAndValue() {
    Checksum a = new CRC32();
    Checksum b = new CRC32();
    a.update(1);
    b.update(1);
    assertThat(COMPARATOR.difference(a, b)).isNull();
    b.update(2);
    assertThat(COMPARATOR.difference(a, b)).contains("with value");
    assertThat(COMPARATOR.difference(new CRC32(), new Adler32())).contains("Adler32");
  }

  @Test
  void charsetsIncludeTheCommonOnesAndCompareByName() {
    List<Object> charsets = generator(3).edgeCases(Charset.class).stream().skip(1)
        .map(Value::materialize).toList();

    assertThat(charsets).extracting(c -> ((Charset) c).name())
        .contains("UTF-8", "ISO-8859-1", "US-ASCII", "UTF-16", "UTF-16LE");
    assertThat(COMPARATOR.difference(Charset.forName("utf8"), Charset.forName("UTF-8")))
        .isNull();
    assertThat(COMPARATOR.difference(Charset.forName("UTF-8"), Charset.forName("UTF-16")))
        .isNotNull();
  }

  @Test
  void byteBuffersComeHeapDirectSlicedReadOnlyAndInBothOrders() {
    List<ByteBuffer> buffers = generator(4).edgeCases(ByteBuffer.class).stream().skip(1)
        .map(v -> (ByteBuffer) v.materialize()).toList();

    assertThat(buffers).anyMatch(ByteBuffer::isDirect);
    assertThat(buffers).anyMatch(ByteBuffer::isReadOnly);
    assertThat(buffers).anyMatch(b -> b.hasArray() && b.arrayOffset() > 0);
    assertThat(buffers).anyMatch(b -> b.order() == ByteOrder.LITTLE_ENDIAN);
    assertThat(buffers).anyMatch(b -> b.position() > 0 && b.limit() < b.capacity());
    ValueGenerator g = generator(5);
    for (int i = 0; i < 200; i++) {
      g.beginCall();
      Value v = g.random(ByteBuffer.class);
      ByteBuffer one = (ByteBuffer) v.materialize();
      ByteBuffer two = (ByteBuffer) v.materialize();
      assertThat(one).isNotSameAs(two);
      assertThat(COMPARATOR.difference(one, two)).as(v.render()).isNull();
      assertThat(one.position()).isLessThanOrEqualTo(one.limit());
    }
  }

  @Test
  void buffersCompareByPositionLimitAndWholeContent() {
    ByteBuffer a = ByteBuffer.wrap(new byte[] {1, 2, 3, 4});
    ByteBuffer b = ByteBuffer.wrap(new byte[] {1, 2, 3, 4});
    b.get();
    // ByteBuffer.equals compares the remaining bytes only; these differ in position.
    assertThat(COMPARATOR.difference(a, b)).contains("position 0 vs 1");
    b.rewind();
    b.put(3, (byte) 9);
    assertThat(COMPARATOR.difference(a, b)).contains("byte [3] 4 vs 9");
    assertThat(COMPARATOR.difference(CharBuffer.wrap("ab"), CharBuffer.wrap("ac")))
        .contains("char [1]");
    List<Value> chars = generator(6).edgeCases(CharBuffer.class);
    assertThat(chars.stream().skip(1).map(v -> (CharBuffer) v.materialize()))
        .anyMatch(CharBuffer::isReadOnly).anyMatch(c -> c.hasArray() && c.arrayOffset() > 0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void functionsReturnTheirDeclaredTypeAndBehaveAlikeOnBothSides() {
    ValueGenerator g = generator(7);
    List<Value> values = new ArrayList<>(g.edgeCases(type(0)).stream().skip(1).toList());
    for (int i = 0; i < 50; i++) {
      values.add(g.random(type(0)));
    }
    for (Value v : values) {
      Function<String, Integer> original = (Function<String, Integer>) v.materialize();
      Function<String, Integer> candidate = (Function<String, Integer>) v.materialize();
      for (String s : List.of("", "a", "abc", "x")) {
        Object r = original.apply(s);
        assertThat(r == null || r instanceof Integer).as(v.render()).isTrue();
        assertThat(r).as(v.render()).isEqualTo(candidate.apply(s));
      }
      assertThat(v.render()).startsWith("(Function) x -> ");
    }
    assertThat(values).extracting(Value::render)
        .anyMatch(r -> r.contains("[hash(x) % 3]")).anyMatch(r -> r.endsWith("-> null"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theTableHasIdentityArithmeticAndPredicates() {
    ValueGenerator g = generator(8);
    assertThat(g.edgeCases(type(1))).extracting(Value::render)
        .contains("(UnaryOperator) x -> x");
    IntUnaryOperator inc = (IntUnaryOperator) g.edgeCases(type(2)).stream()
        .filter(v -> v.render().endsWith("x + 1")).findFirst().orElseThrow().materialize();
    assertThat(inc.applyAsInt(41)).isEqualTo(42);
    assertThat(inc.applyAsInt(Integer.MAX_VALUE)).isEqualTo(Integer.MIN_VALUE);
    BinaryOperator<Integer> minus = (BinaryOperator<Integer>) g.edgeCases(type(3)).stream()
        .filter(v -> v.render().endsWith("a - b")).findFirst().orElseThrow().materialize();
    assertThat(minus.apply(5, 7)).isEqualTo(-2);
    assertThat(minus.andThen(x -> x * 10).apply(5, 7)).isEqualTo(-20);
    Predicate<Integer> positive = (Predicate<Integer>) g.edgeCases(type(4)).stream()
        .filter(v -> v.render().endsWith("x > 0")).findFirst().orElseThrow().materialize();
    assertThat(positive.test(3)).isTrue();
    assertThat(positive.negate().test(3)).isFalse();
    assertThat(g.edgeCases(type(4))).extracting(Value::render)
        .contains("(Predicate) x -> true", "(Predicate) x -> hash(x) % 2 == 0");
  }

  @Test
  @SuppressWarnings("unchecked")
  void suppliersHandOutFreshEqualObjects() {
    Value v = generator(9).edgeCases(type(5)).stream()
        .filter(x -> x instanceof FunctionValue f
            && f.behaviour() == FunctionValue.Behaviour.CONSTANT).findFirst().orElseThrow();
    Supplier<List<String>> s = (Supplier<List<String>>) v.materialize();

    List<String> first = s.get();
    assertThat(first).isNotSameAs(s.get()).isEqualTo(s.get());
  }

  @Test
  @SuppressWarnings("unchecked")
  void consumersRecordTheirCallsAndTheOrderIsCompared() {
    Value v = generator(10).random(type(6));
    Consumer<String> original = (Consumer<String>) v.materialize();
    Consumer<String> candidate = (Consumer<String>) v.materialize();
    original.accept("a");
    original.accept("b");
    candidate.accept("b");
    candidate.accept("a");

    assertThat(COMPARATOR.difference(original, candidate)).isEqualTo(".calls[0][0]: \"a\" vs \"b\"");
    assertThat(original.toString()).isEqualTo("(Consumer) x -> calls.add(x) calls: [\"a\", \"b\"]");
    Runnable r1 = (Runnable) generator(10).random(type(9)).materialize();
    Runnable r2 = (Runnable) generator(10).random(type(9)).materialize();
    r1.run();
    assertThat(COMPARATOR.difference(r1, r2)).contains("size 1 vs 0");
    r2.run();
    assertThat(COMPARATOR.difference(r1, r2)).isNull();
  }

  @Test
  void recordingStopsAtItsLimitButCountingDoesNot() {
    Value v = generator(13).random(type(9));
    Runnable a = (Runnable) v.materialize();
    Runnable b = (Runnable) v.materialize();
    for (int i = 0; i < FunctionValue.MAX_RECORDED + 5; i++) {
      a.run();
      b.run();
    }
    assertThat(FunctionValue.callsOf(a)).hasSize(FunctionValue.MAX_RECORDED);
    assertThat(COMPARATOR.difference(a, b)).isNull();
    b.run();
    assertThat(COMPARATOR.difference(a, b)).isEqualTo("value: called 10005 times vs 10006");
  }

  @Test
  @SuppressWarnings("unchecked")
  void comparatorsAreConsistentOrders() {
    List<Value> edges = generator(11).edgeCases(type(7));
    assertThat(edges).extracting(Value::render).contains(
        "(Comparator) (a, b) -> a.compareTo(b)", "(Comparator) (a, b) -> b.compareTo(a)",
        "(Comparator) (a, b) -> Integer.compare(hash(a), hash(b))");
    for (Value v : edges.subList(1, edges.size())) {
      Comparator<String> k = (Comparator<String>) v.materialize();
      List<String> words = new ArrayList<>(List.of("pear", "fig", "apple", "kiwi", "fig"));
      words.sort(k);
      for (int i = 1; i < words.size(); i++) {
        assertThat(k.compare(words.get(i - 1), words.get(i))).isLessThanOrEqualTo(0);
      }
      assertThat(k.reversed().compare("a", "b")).isEqualTo(-k.compare("a", "b"));
    }
  }

  @Test
  void projectInterfacesWithOneAbstractMethodGetLambdasOfTheirResolvedTypes() {
    ValueGenerator g = generator(12);
    for (int i = 0; i < 30; i++) {
      g.beginCall();
      Value v = g.random(type(8));
      @SuppressWarnings("unchecked")
      Mapper<String, Long> m = (Mapper<String, Long>) v.materialize();
      Object out = m.twice("k");
      assertThat(out == null || out instanceof Long).as(v.render()).isTrue();
      assertThat(v.render()).startsWith("(Mapper) x -> ");
    }
    assertThat(SamType.of(List.class)).isNull();
    assertThat(SamType.of(java.util.Map.class)).isNull();
    assertThat(SamType.of(CharSequence.class)).isNull();
  }

  @Test
  void stableHashesIgnoreIdentityAndCandidateNames() {
    assertThat(StableHash.of(new int[] {1, 2})).isEqualTo(StableHash.of(List.of(1, 2)));
    assertThat(StableHash.of(Thread.State.NEW)).isEqualTo("NEW".hashCode());
    assertThat(StableHash.of(new Object())).isEqualTo(StableHash.of(new Object()));
    assertThat(StableHash.ofAll(new Object[] {"x"})).isEqualTo("x".hashCode());
    assertThat(Arrays.asList(StableHash.of(java.util.Set.of(1, 2)), StableHash.of(
        new java.util.TreeSet<>(List.of(2, 1))))).containsOnly(3);
  }
}
