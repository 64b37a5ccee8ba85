package dev.flamefix.validator.differential;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Generates inputs by parameter type: primitives and boxes, strings, arrays, collections, maps,
 * enums, optionals, nested generics, the JDK types of {@link JdkValues} (checksums, charsets,
 * buffers, functional interfaces), and other classes through their own constructors and static
 * factories ({@link Instances}).
 *
 * <p>Three modes: {@link #edgeCases} (null, 0, -1, MIN/MAX, empty, one element, duplicates,
 * large), {@link #random} (seeded, mostly small, occasionally null inside containers) and
 * {@link #representative} (large-ish and null-free, for benchmarks). Within one call strings and
 * numbers are drawn from a small per-call pool so that different arguments share values: without
 * that, a method that joins or matches two inputs would only ever see misses.
 */
public final class ValueGenerator {

  /** Size of the "large" edge case for collections, arrays and strings. */
  public static final int LARGE = 1000;

  private static final int MAX_DEPTH = 5;
  /**
   * Share (in percent) of fresh representative strings that are literals of the code: a method
   * that looks a region code up in a switch ({@code "DE"}, {@code "FR"}) and throws for anything
   * else threw on every random benchmark input, so it could not be benchmarked at all; the
   * literals are the values production passes such code.
   */
  static final int REPRESENTATIVE_LITERAL_SHARE = 25;
  private static final String[] EDGE_STRINGS = {
    "", " ", "a", "A", "0", "-1", "a,b", "\u00fc", "\u65e5\u672c\u8a9e", "\ud83d\ude00", "null",
    "\t\n"
  };

  private final Random random;
  private final Dictionary dictionary;
  private final StructuredStrings structured;
  private final JdkValues jdk;
  private final Instances instances;
  /** Share of fresh strings (in percent) built by {@link StructuredStrings}. */
  private final int structuredShare;
  private List<String> stringPool = new ArrayList<>();
  private List<Long> numberPool = new ArrayList<>();
  private List<Double> doublePool = new ArrayList<>();
  private boolean nullsInside;
  private StructuredStrings.Values structuredValues = StructuredStrings.Values.INTEGERS;
  private int representativeSize;
  /**
   * Widest bit length of a representative integer drawn log-uniformly ({@link
   * #representative(Type, int, int)}); -1 for the fixed range of nested benchmark values.
   */
  private int representativeBits = -1;
  /** Whether the arguments of a representative tuple share the string pool. */
  private boolean tupleStrings;
  private boolean representativeLiterals = true;
  /** When not {@code null}, every fresh representative string is one of these. */
  private List<String> onlyLiterals;
  /** Whether fresh integers are drawn from -2..8 (see {@link #smallNumbers}). */
  private boolean smallNumbers;

  /** A generator drawing from {@code random}, seeded with literals of the code under test. */
  public ValueGenerator(Random random, Dictionary dictionary) {
    this.random = random;
    this.dictionary = dictionary;
    this.structured = new StructuredStrings(random, dictionary);
    this.jdk = new JdkValues(random, this);
    this.instances = new Instances(this, random);
    // Code that parses what it finds gets more structured strings, but plain random strings keep
    // the majority: they are what finds the differences structure does not anticipate.
    this.structuredShare = dictionary.calls().stream().anyMatch(c -> c.startsWith("parse")
        || c.equals("valueOf") || c.equals("decode")) ? 45 : 30;
  }

  /**
   * Draws fresh integers from -2..8 while {@code on}: a precondition such as {@code pos + count
   * <= 3} is almost never met by the usual spread of integers, and inputs outside it are
   * discarded.
   */
  public void smallNumbers(boolean on) {
    smallNumbers = on;
  }

  /**
   * Whether fresh representative strings may be the code's literals (on by default). Benchmark
   * inputs alternate: a literal among a list's elements can make a parser throw on the whole
   * list ({@code "latency="} with no number after it), so tuples without literals keep such
   * methods measurable, while tuples with them keep a switch on region codes measurable.
   */
  public void representativeLiterals(boolean on) {
    representativeLiterals = on;
  }

  /**
   * While {@code values} is not {@code null} (and not empty), every fresh representative string is
   * one of them: a method that looks each element up in a fixed table ({@code "USD"}, {@code
   * "GBP"}, ...) and throws on any other string throws on every list in which a quarter of the
   * strings are literals, so its benchmark needs lists made of nothing else. {@code null} turns
   * it off.
   */
  public void representativeLiteralsOnly(List<String> values) {
    onlyLiterals = values == null || values.isEmpty() ? null : List.copyOf(values);
  }

  /** Starts the inputs of one call: fresh shared pools, and whether nulls may appear inside. */
  public void beginCall() {
    stringPool = new ArrayList<>();
    numberPool = new ArrayList<>();
    doublePool = new ArrayList<>();
    nullsInside = random.nextInt(100) < 15;
    // Most calls keep the values in structured strings parseable, so a list of lines gets past
    // the first one; the others try empty, blank and non-numeric values.
    structuredValues = structured.pickValues();
    representativeSize = 0;
    representativeBits = -1;
  }

  /** Edge cases of {@code type}, most basic first; {@code null} first for reference types. */
  public List<Value> edgeCases(Type type) {
    Class<?> raw = raw(type);
    List<Value> out = new ArrayList<>();
    if (!raw.isPrimitive()) {
      out.add(new Value.Null());
    }
    beginCall();
    nullsInside = false;
    if (JdkValues.handles(type)) {
      out.addAll(jdk.edgeCases(type));
    } else if (isAtomic(raw)) {
      for (Object o : atomEdges(raw)) {
        out.add(new Value.Atom(o));
      }
    } else if (raw.isArray() || isCollection(raw) || Map.class.isAssignableFrom(raw)) {
      out.add(container(type, 0, 0));
      out.add(container(type, 1, 0));
      Value two = container(type, 2, 0);
      out.add(two);
      out.add(duplicated(type));
      out.add(container(type, LARGE, 0));
      nullsInside = true;
      Value withNull = container(type, 3, 0);
      out.add(withNull);
    } else if (raw == Optional.class) {
      out.add(new Value.Atom(Optional.empty()));
      out.add(random(type));
    } else {
      out.addAll(instances.edgeCases(raw));
    }
    return out.stream().filter(ValueGenerator::buildable).toList();
  }

  /**
   * Extreme values for combining across parameters: MIN/MAX/-1/0/1 for integers, magnitudes that
   * cancel for floating point, and arrays or collections made of those; {@code null} when the type
   * has no numeric extremes. Overflow and summation-order bugs need several extremes at once.
   */
  public List<Value> extremes(Type type) {
    Class<?> raw = raw(type);
    Class<?> t = box(raw);
    List<Object> numbers = extremeNumbers(t);
    if (numbers != null) {
      return numbers.stream().<Value>map(Value.Atom::new).toList();
    }
    Type element = null;
    if (raw.isArray()) {
      element = type instanceof GenericArrayType g ? g.getGenericComponentType()
          : raw.getComponentType();
    } else if (java.util.List.class.isAssignableFrom(raw) || raw == java.util.Collection.class
        || raw == Iterable.class) {
      element = typeArgument(type, 0);
    }
    if (element == null) {
      return null;
    }
    List<Object> inner = extremeNumbers(box(raw(element)));
    if (inner == null) {
      return null;
    }
    List<Value> elements = new ArrayList<>();
    for (Object o : inner) {
      elements.add(new Value.Atom(o));
    }
    elements.add(new Value.Atom(inner.get(1)));
    Value container = raw.isArray() ? new Value.ArrayValue(raw(element), elements)
        : new Value.CollectionValue(ArrayList.class, elements);
    return List.of(container);
  }

  private static List<Object> extremeNumbers(Class<?> t) {
    if (t == Integer.class) {
      return List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1);
    } else if (t == Long.class) {
      return List.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L, 1L);
    } else if (t == Double.class) {
      return List.of(1e16, 1.0, -1e16, 0.5, 3.0);
    } else if (t == Float.class) {
      return List.of(1e8f, 1.0f, -1e8f, 0.5f, 3.0f);
    } else if (t == Short.class) {
      return List.of(Short.MIN_VALUE, Short.MAX_VALUE, (short) -1, (short) 0, (short) 1);
    }
    return null;
  }

  /** A random value of {@code type}. */
  public Value random(Type type) {
    return random(type, 0);
  }

  /**
   * A receiver of {@code type} for an instance method: built through the class's constructors or
   * static factories, then driven through a few of its public mutators.
   */
  Value receiver(Class<?> type) {
    return instances.receiver(type);
  }

  /**
   * A receiver as {@link #receiver} builds it, with representative (benchmark) values as its
   * constructor's and mutators' arguments: a threshold drawn from the random mode's wide spread
   * (magnitudes up to 10^19) filtered out every element of the benchmark's inputs, so the method
   * did none of the work that is hot in production.
   */
  Value representativeReceiver(Class<?> type, int size) {
    beginCall();
    nullsInside = false;
    representativeSize = Math.max(1, size);
    return instances.receiver(type);
  }

  /** Never builds or drives objects through {@code method}: it is under test. */
  void avoid(Method method) {
    instances.avoid(method);
  }

  /** The number 1 in {@code type} (primitive or box), or {@code null} for other types. */
  static Object one(Type type) {
    Class<?> t = box(raw(type));
    if (t == Integer.class) {
      return 1;
    } else if (t == Long.class) {
      return 1L;
    } else if (t == Short.class) {
      return (short) 1;
    } else if (t == Byte.class) {
      return (byte) 1;
    } else if (t == Double.class) {
      return 1.0;
    } else if (t == Float.class) {
      return 1f;
    }
    return null;
  }

  /**
   * Starts one representative argument tuple: until {@link #endRepresentativeTuple}, its
   * arguments share one string pool, as a random call's do. Drawn each from a fresh pool, a
   * patron name and the loans it is matched against never met, and a notice built only for the
   * matching loans did none of its work in the benchmark.
   */
  void beginRepresentativeTuple() {
    beginCall();
    tupleStrings = true;
  }

  /** Ends the tuple begun by {@link #beginRepresentativeTuple}. */
  void endRepresentativeTuple() {
    tupleStrings = false;
  }

  private void startRepresentativeArgument() {
    if (!tupleStrings) {
      beginCall();
      return;
    }
    numberPool = new ArrayList<>();
    doublePool = new ArrayList<>();
    representativeSize = 0;
    representativeBits = -1;
  }

  /**
   * A large-ish, null-free value: top-level collections and arrays get {@code size} elements,
   * strings 4-24 characters. Used as benchmark input.
   */
  public Value representative(Type type, int size) {
    startRepresentativeArgument();
    nullsInside = false;
    representativeSize = size;
    return random(type, 0);
  }

  /**
   * A representative integer argument whose bit length is uniform over {@code 0..maxBits}
   * (capped at the type's width; the full width means a negative number): code whose cost
   * depends on a number's magnitude (a varint's byte count, a loop over its digits) sees every
   * magnitude about equally often, where uniform integers almost all have the top bits set and
   * the old fixed range below 100,000 had none of them.
   */
  public Value representative(Type type, int size, int maxBits) {
    startRepresentativeArgument();
    nullsInside = false;
    representativeSize = Math.max(1, size);
    representativeBits = maxBits;
    return random(type, 0);
  }

  /**
   * A representative length of a sized argument: an integer of {@code type} in {@code [size / 2,
   * size]}, so the work a method does over the first {@code length} elements grows with the
   * inputs rather than staying at a small random number.
   */
  public Value representativeLength(Type type, int size) {
    long n = size / 2 + random.nextInt(size - size / 2 + 1);
    Class<?> t = box(raw(type));
    return new Value.Atom(t == Long.class ? (Object) n : (Object) (int) n);
  }

  /** A random value of {@code type} nested {@code depth} levels inside an argument. */
  Value random(Type type, int depth) {
    Class<?> raw = raw(type);
    if (depth > 0 && !raw.isPrimitive() && nullsInside && random.nextInt(10) == 0) {
      return new Value.Null();
    }
    if (JdkValues.handles(type)) {
      return jdk.random(type, depth, representativeSize);
    }
    if (isAtomic(raw)) {
      return new Value.Atom(randomAtom(raw));
    }
    if (raw.isArray() || isCollection(raw) || Map.class.isAssignableFrom(raw)) {
      int size;
      if (representativeSize > 0) {
        size = depth == 0 ? representativeSize : 2 + random.nextInt(8);
      } else if (depth >= MAX_DEPTH) {
        size = 0;
      } else {
        int roll = random.nextInt(20);
        if (roll == 0) {
          size = 0;
        } else if (roll < 18) {
          size = 1 + random.nextInt(8);
        } else {
          int draw = random.nextInt(40);
          size = depth == 0 && ofAtoms(type) ? LargeSizes.from(draw, 40, 8, 10 + draw)
              : 10 + draw;
        }
      }
      return container(type, size, depth);
    }
    if (raw == Optional.class) {
      return random.nextInt(4) == 0 ? new Value.Atom(Optional.empty())
          : new Value.OptionalValue(random(typeArgument(type, 0), depth + 1));
    }
    if (depth >= MAX_DEPTH) {
      return new Value.Null();
    }
    return instances.random(raw, depth);
  }

  /**
   * Whether {@code type} is an array or a collection (not a map) of atoms: only those get {@link
   * LargeSizes}. A result built from thousands of records (a map keyed by a record nested in the
   * class, whose candidate twin only compares deeply) made each comparison quadratic and ran a
   * differential child out of time.
   */
  private static boolean ofAtoms(Type type) {
    Class<?> raw = raw(type);
    if (raw.isArray() || type instanceof GenericArrayType) {
      Type component = type instanceof GenericArrayType g ? g.getGenericComponentType()
          : raw.getComponentType();
      return isAtomic(raw(component));
    }
    return isCollection(raw) && isAtomic(raw(typeArgument(type, 0)));
  }

  private Value container(Type type, int size, int depth) {
    Class<?> raw = raw(type);
    if (raw.isArray() || type instanceof GenericArrayType) {
      Type component = type instanceof GenericArrayType g ? g.getGenericComponentType()
          : raw.getComponentType();
      return new Value.ArrayValue(raw(component), elements(component, size, depth, true));
    }
    if (Map.class.isAssignableFrom(raw)) {
      Class<?> impl = mapImpl(raw);
      boolean sorted = impl == TreeMap.class;
      Type keyType = typeArgument(type, 0);
      Type valueType = typeArgument(type, 1);
      List<Value> keys = new ArrayList<>();
      List<Value> values = new ArrayList<>();
      boolean saved = nullsInside;
      for (int i = 0; i < size; i++) {
        nullsInside = saved && !sorted;
        keys.add(random(keyType, depth + 1));
        nullsInside = saved;
        values.add(random(valueType, depth + 1));
      }
      nullsInside = saved;
      return new Value.MapValue(impl, keys, values);
    }
    Class<?> impl = collectionImpl(raw);
    boolean nullHostile = impl == TreeSet.class || impl == ArrayDeque.class;
    return new Value.CollectionValue(impl,
        elements(typeArgument(type, 0), size, depth, !nullHostile));
  }

  private List<Value> elements(Type elementType, int size, int depth, boolean nullsOk) {
    boolean saved = nullsInside;
    nullsInside = saved && nullsOk;
    List<Value> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      // Repeats of earlier elements: duplicates are where dedup and lookup rewrites go wrong.
      if (i > 0 && random.nextInt(8) == 0) {
        out.add(out.get(random.nextInt(i)));
      } else if (i > 0 && random.nextInt(16) == 0
          && out.get(random.nextInt(i)) instanceof Value.Atom a && a.value() instanceof String s
          && !s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
        // The same string in another case: where case-insensitive rewrites go wrong.
        out.add(new Value.Atom(s.toUpperCase(java.util.Locale.ROOT)));
      } else {
        out.add(random(elementType, depth + 1));
      }
    }
    nullsInside = saved;
    return out;
  }

  private Value duplicated(Type type) {
    Value one = container(type, 1, 0);
    if (one instanceof Value.CollectionValue c && !c.elements().isEmpty()) {
      return new Value.CollectionValue(c.type(), List.of(c.elements().get(0), c.elements().get(0)));
    }
    if (one instanceof Value.ArrayValue a && !a.elements().isEmpty()) {
      return new Value.ArrayValue(a.componentType(), List.of(a.elements().get(0),
          a.elements().get(0)));
    }
    return container(type, 2, 0);
  }

  // ---------------------------------------------------------------- atoms

  static boolean isAtomic(Class<?> raw) {
    return raw.isPrimitive() || raw == String.class || raw == CharSequence.class
        || Number.class.isAssignableFrom(raw) && (raw.getName().startsWith("java."))
        || raw == Boolean.class || raw == Character.class || raw.isEnum() || raw == Object.class
        || raw == Comparable.class || raw == Comparator.class;
  }

  private List<Object> atomEdges(Class<?> raw) {
    List<Object> out = new ArrayList<>();
    Class<?> t = box(raw);
    if (t == Integer.class) {
      out.addAll(List.of(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 2, 10, 1000));
      dictionary.numbers().forEach(n -> out.add((int) (long) n));
    } else if (t == Long.class) {
      out.addAll(List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, (long) Integer.MAX_VALUE + 1,
          (long) Integer.MIN_VALUE - 1, 1000L));
      out.addAll(dictionary.numbers());
    } else if (t == Short.class) {
      out.addAll(List.of((short) 0, (short) 1, (short) -1, Short.MIN_VALUE, Short.MAX_VALUE));
    } else if (t == Byte.class) {
      out.addAll(List.of((byte) 0, (byte) 1, (byte) -1, Byte.MIN_VALUE, Byte.MAX_VALUE));
    } else if (t == Double.class) {
      out.addAll(List.of(0.0, -0.0, 1.0, -1.0, 0.1, 1e16, -1e16, Double.NaN,
          Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE));
    } else if (t == Float.class) {
      out.addAll(List.of(0f, -0f, 1f, -1f, 0.1f, 1e8f, Float.NaN, Float.POSITIVE_INFINITY,
          Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE));
    } else if (t == Character.class) {
      out.addAll(List.of('a', 'A', '0', ' ', '\0', '-', '\u00fc', '\uffff'));
    } else if (t == Boolean.class) {
      out.addAll(List.of(false, true));
    } else if (raw == String.class || raw == CharSequence.class || raw == Object.class
        || raw == Comparable.class) {
      out.addAll(Arrays.asList(EDGE_STRINGS));
      out.add(longString());
      out.addAll(dictionary.strings());
      out.addAll(structured.edges());
      for (RegexSampler sampler : dictionary.regexes()) {
        out.add(sampler.match(random));
        out.add(sampler.nearMiss(random));
      }
      if (raw == Object.class) {
        out.addAll(List.of(0, -1, Integer.MAX_VALUE));
      }
    } else if (raw.isEnum()) {
      out.addAll(Arrays.asList(raw.getEnumConstants()));
    } else if (t == BigInteger.class) {
      out.addAll(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(),
          BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)));
    } else if (t == BigDecimal.class) {
      out.addAll(List.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("-1.50"),
          new BigDecimal("0.1"), new BigDecimal("1E+3")));
    } else if (raw == Comparator.class) {
      out.addAll(List.of(Comparator.naturalOrder(), Comparator.reverseOrder()));
    } else {
      out.add(randomAtom(raw));
    }
    return out;
  }

  private String longString() {
    StringBuilder s = new StringBuilder();
    while (s.length() < 10 * LARGE) {
      s.append(randomShapedString());
      s.append(random.nextBoolean() ? "," : " ");
    }
    return s.toString();
  }

  private Object randomAtom(Class<?> raw) {
    Class<?> t = box(raw);
    if (t == Integer.class) {
      return (int) randomLong(32);
    } else if (t == Long.class) {
      return randomLong(64);
    } else if (t == Short.class) {
      return (short) randomLong(16);
    } else if (t == Byte.class) {
      return (byte) randomLong(8);
    } else if (t == Double.class) {
      return randomDouble();
    } else if (t == Float.class) {
      return (float) randomDouble();
    } else if (t == Character.class) {
      String s = randomString();
      return s.isEmpty() ? 'a' : s.charAt(0);
    } else if (t == Boolean.class) {
      return random.nextBoolean();
    } else if (raw == String.class || raw == CharSequence.class || raw == Comparable.class) {
      return randomString();
    } else if (raw == Object.class) {
      return random.nextBoolean() ? randomString() : (Object) (int) randomLong(32);
    } else if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      if (constants.length == 0) {
        throw new GenerationException("enum " + raw.getName() + " has no constants");
      }
      return constants[random.nextInt(constants.length)];
    } else if (t == BigInteger.class) {
      return BigInteger.valueOf(randomLong(64)).multiply(BigInteger.valueOf(randomLong(16)));
    } else if (t == BigDecimal.class) {
      return BigDecimal.valueOf(randomLong(32), random.nextInt(5));
    } else if (raw == Comparator.class) {
      return random.nextBoolean() ? Comparator.naturalOrder() : Comparator.reverseOrder();
    }
    throw new GenerationException("no generator for " + raw.getName());
  }

  /**
   * A number whose bit length is uniform over {@code 0..maxBits}: 0, then {@code [2^(k-1), 2^k)}
   * for {@code k} below the type's {@code bits}, and a negative number for the full width.
   */
  private long spreadBits(int bits, int maxBits) {
    int k = random.nextInt(maxBits + 1);
    if (k == 0) {
      return 0;
    } else if (k >= bits) {
      return -1 - (random.nextLong() & ((1L << (bits - 1)) - 1));
    }
    long top = 1L << (k - 1);
    return top | (random.nextLong() & (top - 1));
  }

  private long randomLong(int bits) {
    if (!numberPool.isEmpty() && random.nextInt(4) == 0) {
      return numberPool.get(random.nextInt(numberPool.size()));
    }
    long value;
    int roll = random.nextInt(100);
    if (smallNumbers) {
      value = random.nextInt(11) - 2;
    } else if (representativeSize > 0 && representativeBits >= 0) {
      value = spreadBits(bits, Math.min(bits, representativeBits));
    } else if (representativeSize > 0) {
      value = roll < 70 ? random.nextInt(1000) : random.nextInt(100_000);
    } else if (roll < 35) {
      value = random.nextInt(21) - 10;
    } else if (roll < 65) {
      value = random.nextInt(2001) - 1000;
    } else if (roll < 75 && !dictionary.numbers().isEmpty()) {
      value = dictionary.numbers().get(random.nextInt(dictionary.numbers().size()))
          + random.nextInt(3) - 1;
    } else if (roll < 85) {
      value = random.nextInt(2_000_001) - 1_000_000;
    } else if (roll < 92) {
      // A power of two or a neighbour, of any width, either sign: where bit-length code (a
      // varint size, a mask per byte count) changes its answer. Uniform longs almost all have 63
      // bits, so a mask wrong for 43-46 bits went unseen.
      value = (1L << random.nextInt(bits)) + random.nextInt(3) - 1;
      value = random.nextBoolean() ? value : -value;
    } else {
      value = random.nextLong();
    }
    long truncated = bits == 64 ? value : (value << (64 - bits)) >> (64 - bits);
    numberPool.add(truncated);
    return truncated;
  }

  private double randomDouble() {
    if (!doublePool.isEmpty() && random.nextInt(5) == 0) {
      // The negation of an earlier value: large magnitudes cancel, exposing summation order.
      return -doublePool.get(random.nextInt(doublePool.size()));
    }
    double d = freshDouble();
    doublePool.add(d);
    return d;
  }

  private double freshDouble() {
    int roll = random.nextInt(100);
    if (representativeSize > 0 || roll < 25) {
      return random.nextInt(2001) - 1000 + (roll % 2 == 0 ? 0 : random.nextDouble());
    } else if (roll < 50) {
      return (random.nextDouble() - 0.5) * 2000;
    } else if (roll < 70) {
      return random.nextGaussian() * 1e6;
    } else if (roll < 85) {
      // Mixed magnitudes: where summation order changes the result.
      return (random.nextBoolean() ? 1 : -1) * Math.pow(10, 12 + random.nextInt(7))
          * (1 + random.nextDouble());
    } else if (roll < 95) {
      return random.nextDouble() * 1e-9;
    }
    return random.nextInt(10) / 10.0;
  }

  private String randomString() {
    if (representativeSize > 0 && onlyLiterals != null) {
      return onlyLiterals.get(random.nextInt(onlyLiterals.size()));
    }
    if (!stringPool.isEmpty() && random.nextInt(100) < (representativeSize > 0 ? 70 : 50)) {
      return stringPool.get(random.nextInt(stringPool.size()));
    }
    String s;
    int roll = random.nextInt(100);
    List<RegexSampler> regexes = dictionary.regexes();
    if (representativeSize == 0 && structured.available()
        && random.nextInt(100) < structuredShare) {
      s = structured.next(structuredValues);
    } else if (roll < (representativeSize == 0 ? 15
        : representativeLiterals ? REPRESENTATIVE_LITERAL_SHARE : 0)
        && !dictionary.strings().isEmpty()) {
      s = dictionary.strings().get(random.nextInt(dictionary.strings().size()));
    } else if (roll < 45 && !regexes.isEmpty()) {
      RegexSampler sampler = regexes.get(random.nextInt(regexes.size()));
      s = random.nextInt(3) == 0 ? sampler.nearMiss(random) : sampler.match(random);
    } else if (roll < 92 || representativeSize > 0) {
      s = randomShapedString();
    } else {
      s = randomUnicode();
    }
    if (stringPool.size() < (representativeSize > 0 ? Math.max(8, representativeSize) : 6)) {
      stringPool.add(s);
    }
    return s;
  }

  /** Short words built from letter, digit and punctuation runs, like ids, SKUs and CSV cells. */
  private String randomShapedString() {
    StringBuilder s = new StringBuilder();
    int segments = 1 + random.nextInt(3);
    for (int i = 0; i < segments; i++) {
      int len = 1 + random.nextInt(5);
      String alphabet = switch (random.nextInt(5)) {
        case 0 -> "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        case 1 -> "abcdefghijklmnopqrstuvwxyz";
        case 2 -> "0123456789";
        case 3 -> "-_,.:; ";
        default -> "aAbB01-";
      };
      for (int j = 0; j < len; j++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
    }
    return s.toString();
  }

  private String randomUnicode() {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      int cp = switch (random.nextInt(4)) {
        case 0 -> 0x00c0 + random.nextInt(0x40);
        case 1 -> 0x4e00 + random.nextInt(0x100);
        case 2 -> 0x1f600 + random.nextInt(0x40);
        default -> 0x20 + random.nextInt(0x5f);
      };
      s.appendCodePoint(cp);
    }
    return s.toString();
  }

  // ---------------------------------------------------------------- types

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof GenericArrayType g) {
      return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    if (type instanceof TypeVariable<?> v) {
      Class<?> bound = raw(v.getBounds()[0]);
      return bound == Object.class ? Integer.class : bound;
    }
    throw new GenerationException("unsupported type " + type);
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      Type arg = p.getActualTypeArguments()[index];
      if (arg instanceof WildcardType w) {
        arg = w.getLowerBounds().length > 0 ? w.getLowerBounds()[0] : w.getUpperBounds()[0];
      }
      return arg instanceof TypeVariable<?> ? raw(arg) : arg;
    }
    return index == 0 ? String.class : Integer.class;
  }

  private static boolean isCollection(Class<?> raw) {
    return Iterable.class.isAssignableFrom(raw);
  }

  private Class<?> collectionImpl(Class<?> raw) {
    if (!raw.isInterface() && !Modifier.isAbstract(raw.getModifiers())) {
      return raw;
    }
    if (java.util.SortedSet.class.isAssignableFrom(raw)) {
      return TreeSet.class;
    }
    if (java.util.Set.class.isAssignableFrom(raw)) {
      return random.nextInt(3) == 0 ? LinkedHashSet.class : HashSet.class;
    }
    if (java.util.Queue.class.isAssignableFrom(raw)) {
      return raw.isAssignableFrom(LinkedList.class) && random.nextBoolean() ? LinkedList.class
          : ArrayDeque.class;
    }
    if (raw.isAssignableFrom(ArrayList.class)) {
      return random.nextInt(10) == 0 && raw.isAssignableFrom(LinkedList.class) ? LinkedList.class
          : ArrayList.class;
    }
    throw new GenerationException("no concrete collection for " + raw.getName());
  }

  private Class<?> mapImpl(Class<?> raw) {
    if (!raw.isInterface() && !Modifier.isAbstract(raw.getModifiers())) {
      return raw;
    }
    if (java.util.SortedMap.class.isAssignableFrom(raw)) {
      return TreeMap.class;
    }
    if (raw.isAssignableFrom(HashMap.class)) {
      return random.nextInt(3) == 0 ? LinkedHashMap.class : HashMap.class;
    }
    throw new GenerationException("no concrete map for " + raw.getName());
  }

  private static Class<?> box(Class<?> raw) {
    if (!raw.isPrimitive()) {
      return raw;
    }
    return java.lang.invoke.MethodType.methodType(raw).wrap().returnType();
  }

  static Type[] parameterTypes(Class<?> raw, Constructor<?> constructor) {
    if (raw.isRecord()) {
      return Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getGenericType)
          .toArray(Type[]::new);
    }
    Type[] generic = constructor.getGenericParameterTypes();
    // Inner (non-static) classes report the outer instance in getParameterTypes only.
    return generic.length == constructor.getParameterCount() ? generic
        : constructor.getParameterTypes();
  }

  private static boolean buildable(Value value) {
    try {
      value.materialize();
      return true;
    } catch (GenerationException | ClassCastException | NullPointerException e) {
      return false;
    }
  }

  /**
   * Literals of the code under test: strings (the target method's first), regexes among them,
   * integer constants, and the names of string-dissecting calls ({@code parseLong}, {@code trim},
   * ...) that shape the structured strings.
   */
  public record Dictionary(List<String> strings, List<RegexSampler> regexes, List<Long> numbers,
      List<String> calls) {

    /** Builds a dictionary; regex-looking strings also get a sampler. */
    public static Dictionary of(List<String> strings, List<Long> numbers, List<String> calls) {
      List<RegexSampler> regexes = new ArrayList<>();
      for (String s : strings) {
        RegexSampler.of(s).ifPresent(regexes::add);
      }
      return new Dictionary(List.copyOf(strings), List.copyOf(regexes), List.copyOf(numbers),
          calls == null ? List.of() : List.copyOf(calls));
    }
  }
}
