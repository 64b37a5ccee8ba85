package dev.flamefix.validator.differential;

import dev.flamefix.validator.differential.FunctionValue.Behaviour;
import dev.flamefix.validator.differential.FunctionValue.Numbers;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Inputs of common JDK types that have no public constructor from plain values, or whose
 * constructor would give a meaningless input: checksums ({@link ChecksumValue}), charsets, byte
 * and char buffers ({@link Buffers}), and functional interfaces ({@link FunctionValue}), which
 * include any single-abstract-method interface of the project.
 */
final class JdkValues {

  private static final List<Charset> CHARSETS = charsets();

  private final Random random;
  private final ValueGenerator generator;

  JdkValues(Random random, ValueGenerator generator) {
    this.random = random;
    this.generator = generator;
  }

  /** Whether this class builds values of {@code type}. */
  static boolean handles(Type type) {
    Class<?> raw = ValueGenerator.raw(type);
    return ChecksumValue.handles(raw) || Buffers.handles(raw) || raw == Charset.class
        || raw.isInterface() && FUNCTIONAL.computeIfAbsent(raw, r -> SamType.of(r) != null);
  }

  /** Whether an interface has a single abstract method; asked for every generated value. */
  private static final java.util.Map<Class<?>, Boolean> FUNCTIONAL =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The edge cases of {@code type}, {@code null} not included. */
  List<Value> edgeCases(Type type) {
    Class<?> raw = ValueGenerator.raw(type);
    if (ChecksumValue.handles(raw)) {
      return ChecksumValue.edgeCases(raw, random);
    }
    if (Buffers.handles(raw)) {
      return Buffers.edgeCases(raw, random);
    }
    if (raw == Charset.class) {
      return CHARSETS.stream().<Value>map(Value.Atom::new).toList();
    }
    SamType sam = SamType.of(type);
    List<Value> out = new ArrayList<>();
    for (Behaviour b : behaviours(sam)) {
      out.add(function(sam, b, 0));
    }
    return out;
  }

  /**
   * A random value of {@code type}.
   *
   * @param size the capacity of buffers for benchmarks; 0 for differential testing
   */
  Value random(Type type, int depth, int size) {
    Class<?> raw = ValueGenerator.raw(type);
    if (ChecksumValue.handles(raw)) {
      return ChecksumValue.random(raw, random);
    }
    if (Buffers.handles(raw)) {
      return Buffers.random(raw, random, depth == 0 ? size : 0);
    }
    if (raw == Charset.class) {
      return new Value.Atom(CHARSETS.get(random.nextInt(CHARSETS.size())));
    }
    SamType sam = SamType.of(type);
    List<Behaviour> behaviours = new ArrayList<>(behaviours(sam));
    boolean mayBeNull = behaviours.remove(Behaviour.NULL);
    if (mayBeNull && random.nextInt(20) == 0) {
      return function(sam, Behaviour.NULL, depth);
    }
    if (behaviours.contains(Behaviour.HASHED)) {
      // The most telling lambda: different inputs, different results.
      behaviours.add(Behaviour.HASHED);
    }
    return function(sam, behaviours.get(random.nextInt(behaviours.size())), depth);
  }

  private Value function(SamType sam, Behaviour behaviour, int depth) {
    List<Value> outputs = new ArrayList<>();
    int n = behaviour == Behaviour.CONSTANT ? 1 : behaviour == Behaviour.HASHED ? 3 : 0;
    for (int i = 0; i < n; i++) {
      outputs.add(generator.random(sam.returns(), depth + 1));
    }
    return new FunctionValue(sam.iface(), sam.method(),
        ValueGenerator.raw(sam.returns()), behaviour, List.copyOf(outputs));
  }

  /** The lambdas that fit the method's types. */
  static List<Behaviour> behaviours(SamType sam) {
    Class<?> r = ValueGenerator.raw(sam.returns());
    Class<?>[] p = new Class<?>[sam.parameters().length];
    for (int i = 0; i < p.length; i++) {
      p[i] = ValueGenerator.raw(sam.parameters()[i]);
    }
    List<Behaviour> out = new ArrayList<>();
    if (sam.iface() == Comparator.class) {
      if (Comparable.class.isAssignableFrom(Numbers.box(p[0]))) {
        out.add(Behaviour.NATURAL);
        out.add(Behaviour.REVERSE);
      }
      out.add(Behaviour.BY_HASH);
      return out;
    }
    if (r == void.class) {
      return List.of(Behaviour.RECORD);
    }
    if (Numbers.box(r) == Boolean.class) {
      out.addAll(List.of(Behaviour.TRUE, Behaviour.FALSE, Behaviour.PARITY));
      if (p.length >= 1 && Numbers.numeric(p[0])) {
        out.add(Behaviour.POSITIVE);
      }
      return out;
    }
    out.add(Behaviour.CONSTANT);
    out.add(Behaviour.HASHED);
    if (p.length >= 1 && Numbers.box(r).isAssignableFrom(Numbers.box(p[0]))) {
      out.add(Behaviour.IDENTITY);
    }
    if (p.length >= 2 && Numbers.box(r).isAssignableFrom(Numbers.box(p[1]))) {
      out.add(Behaviour.SECOND);
    }
    if (Numbers.numeric(r) && p.length == 1 && Numbers.numeric(p[0])) {
      out.add(Behaviour.INCREMENT);
    }
    if (Numbers.numeric(r) && p.length == 2 && Numbers.numeric(p[0]) && Numbers.numeric(p[1])) {
      out.add(Behaviour.SUM);
      out.add(Behaviour.DIFFERENCE);
    }
    if (!r.isPrimitive()) {
      out.add(Behaviour.NULL);
    }
    return out;
  }

  private static List<Charset> charsets() {
    List<Charset> out = new ArrayList<>(List.of(StandardCharsets.UTF_8,
        StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII, StandardCharsets.UTF_16,
        StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE));
    for (String name : List.of("UTF-32", "windows-1252")) {
      if (Charset.isSupported(name)) {
        out.add(Charset.forName(name));
      }
    }
    return List.copyOf(out);
  }
}
