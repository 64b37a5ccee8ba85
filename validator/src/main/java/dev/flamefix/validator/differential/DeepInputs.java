package dev.flamefix.validator.differential;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of the deep-input probe for one combination of growing parameters: the String,
 * array and collection arguments in the combination get {@code size} characters or elements,
 * the other sequences one, and every other argument is drawn once, with small numbers, and kept
 * for every size, so only the growing lengths change from one rung to the next.
 *
 * <p>The other sequences are kept at one element because a recursion over two sequences (an
 * edit distance) is linear in the long one only while the short one has a single element: with
 * two it is already quadratic and with random lengths exponential, and the original would not
 * return on any size worth probing.
 */
final class DeepInputs {

  /** The first size probed; sizes double from here. */
  static final int FIRST = 1024;
  /** The largest size probed. */
  static final int CAP = 64 * 1024;

  private final ValueGenerator generator;
  private final Type[] types;
  private final List<Integer> growing;
  private final List<Value> fixed = new ArrayList<>();
  /** Per parameter, the text its strings are cut from (one text, extended as it grows). */
  private final java.util.Map<Integer, StringBuilder> texts = new java.util.HashMap<>();

  /**
   * Inputs for {@code types} where the parameters at {@code growing} grow; draws the fixed
   * arguments now.
   *
   * @throws GenerationException when an argument cannot be generated
   */
  DeepInputs(ValueGenerator generator, Type[] types, List<Integer> growing) {
    this.generator = generator;
    this.types = types;
    this.growing = growing;
    generator.beginCall();
    generator.smallNumbers(true);
    for (Type type : types) {
      fixed.add(isSequence(type) ? null : generator.random(type));
    }
    generator.smallNumbers(false);
    // After the others: a representative draw leaves the generator in its representative mode.
    for (int p = 0; p < types.length; p++) {
      if (fixed.get(p) == null) {
        fixed.set(p, sized(p, 1));
      }
    }
  }

  /** Whether the probe grows arguments of {@code type}: strings, arrays and collections. */
  static boolean isSequence(Type type) {
    Class<?> raw = ValueGenerator.raw(type);
    if (raw == String.class || raw == CharSequence.class) {
      return true;
    }
    return !JdkValues.handles(type)
        && (raw.isArray() || java.util.Collection.class.isAssignableFrom(raw));
  }

  /**
   * The combinations to probe: each sequence parameter growing alone, then all of them together
   * when there are several; none when the method has no sequence parameter.
   */
  static List<List<Integer>> combinations(Type[] types) {
    List<Integer> all = new ArrayList<>();
    for (int p = 0; p < types.length; p++) {
      if (isSequence(types[p])) {
        all.add(p);
      }
    }
    List<List<Integer>> out = new ArrayList<>();
    for (int p : all) {
      out.add(List.of(p));
    }
    if (all.size() > 1) {
      out.add(List.copyOf(all));
    }
    return out;
  }

  /** The arguments with the growing parameters at {@code size}. */
  List<Value> at(int size) {
    List<Value> args = new ArrayList<>(fixed);
    for (int p : growing) {
      args.set(p, sized(p, size));
    }
    return args;
  }

  /** Which parameters grow, for the report: {@code "argument 0"}, {@code "arguments 0, 1"}. */
  String describe() {
    return (growing.size() == 1 ? "argument " : "arguments ")
        + String.join(", ", growing.stream().map(String::valueOf).toList());
  }

  private Value sized(int p, int size) {
    Type type = types[p];
    Class<?> raw = ValueGenerator.raw(type);
    if (raw != String.class && raw != CharSequence.class) {
      // Null-free, with exactly {@code size} top-level elements (fewer for a set of repeats).
      return generator.representative(type, size);
    }
    // Each rung's string is the one before plus more.
    StringBuilder text = texts.computeIfAbsent(p, k -> new StringBuilder());
    for (int tries = 0; text.length() < size && tries < 4 * size; tries++) {
      Value piece = generator.representative(String.class, 1);
      if (piece instanceof Value.Atom a && a.value() instanceof String s) {
        text.append(s);
      }
    }
    while (text.length() < size) {
      text.append('x');
    }
    return new Value.Atom(text.substring(0, size));
  }
}
