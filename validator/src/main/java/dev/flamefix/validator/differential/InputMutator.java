package dev.flamefix.validator.differential;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes new inputs from inputs that reached new code, for the coverage-guided search: a value
 * changed in place (a literal of the code spliced into a string, a number moved to a neighbour or
 * a boundary, an element added, dropped or changed), an argument taken from another kept input,
 * or a fresh value. Small steps from an input that already passed one check are how the search
 * gets past the next one, e.g. a line that had the right prefix gains the right key.
 */
final class InputMutator {

  private static final String[] SEPARATORS = {"", " ", "=", ",", ";", ":", "\t", "  ", "-"};
  private static final long[] BOUNDARIES = {
    0, 1, -1, 7, 10, 100, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE + 1L,
    Integer.MIN_VALUE - 1L, Long.MAX_VALUE, Long.MIN_VALUE
  };
  private static final int MAX_STRING = 4096;
  private static final int MAX_ELEMENTS = 64;

  private final Random random;
  private final ValueGenerator generator;
  private final ValueGenerator.Dictionary dictionary;

  InputMutator(Random random, ValueGenerator generator, ValueGenerator.Dictionary dictionary) {
    this.random = random;
    this.generator = generator;
    this.dictionary = dictionary;
  }

  /**
   * The next input for parameters {@code types}: mostly a mutation of a kept input from {@code
   * corpus}, sometimes a fresh one (always when the corpus is empty).
   */
  List<Value> next(Type[] types, List<List<Value>> corpus) {
    generator.beginCall();
    if (corpus.isEmpty() || random.nextInt(10) == 0) {
      List<Value> fresh = new ArrayList<>();
      for (Type t : types) {
        fresh.add(generator.random(t));
      }
      return fresh;
    }
    // Later entries reached newer code, so they are picked more often.
    int size = corpus.size();
    int pick = random.nextBoolean() ? size - 1 - random.nextInt(Math.min(size, 4))
        : random.nextInt(size);
    List<Value> args = new ArrayList<>(corpus.get(pick));
    if (args.isEmpty()) {
      return args;
    }
    int changes = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
    for (int i = 0; i < changes; i++) {
      int p = random.nextInt(args.size());
      int roll = random.nextInt(10);
      if (roll == 0 && size > 1) {
        args.set(p, corpus.get(random.nextInt(size)).get(p));
      } else if (roll == 1) {
        args.set(p, generator.random(types[p]));
      } else {
        args.set(p, mutate(args.get(p), types[p], 0));
      }
    }
    return args;
  }

  /** A value like {@code value}; {@code type} may be {@code null} when unknown. */
  Value mutate(Value value, Type type, int depth) {
    if (depth > 4) {
      return value;
    }
    if (value instanceof Value.Null) {
      return type == null ? value : generator.random(type);
    }
    if (value instanceof Value.Atom atom) {
      return atom(atom.value(), type);
    }
    if (value instanceof Value.ArrayValue array) {
      Type element = type instanceof GenericArrayType g ? g.getGenericComponentType()
          : array.componentType();
      return new Value.ArrayValue(array.componentType(), elements(array.elements(), element,
          depth));
    }
    if (value instanceof Value.CollectionValue collection) {
      return new Value.CollectionValue(collection.type(),
          elements(collection.elements(), argument(type, 0), depth));
    }
    if (value instanceof Value.MapValue map) {
      return mapEntries(map, type, depth);
    }
    if (value instanceof Value.Constructed constructed && !constructed.arguments().isEmpty()) {
      List<Value> arguments = new ArrayList<>(constructed.arguments());
      int i = random.nextInt(arguments.size());
      Type[] params = ValueGenerator.parameterTypes(constructed.constructor().getDeclaringClass(),
          constructed.constructor());
      arguments.set(i, mutate(arguments.get(i), i < params.length ? params[i] : null, depth + 1));
      return new Value.Constructed(constructed.constructor(), constructed.names(), arguments);
    }
    if (value instanceof Value.Made made && !made.arguments().isEmpty()) {
      List<Value> arguments = new ArrayList<>(made.arguments());
      int i = random.nextInt(arguments.size());
      arguments.set(i, mutate(arguments.get(i), made.factory().getGenericParameterTypes()[i],
          depth + 1));
      return new Value.Made(made.factory(), arguments);
    }
    if (value instanceof Value.OptionalValue optional) {
      return new Value.OptionalValue(mutate(optional.inner(), argument(type, 0), depth + 1));
    }
    return type == null ? value : generator.random(type);
  }

  private List<Value> elements(List<Value> elements, Type element, int depth) {
    List<Value> out = new ArrayList<>(elements);
    int roll = random.nextInt(4);
    if (out.isEmpty() || roll == 0 && out.size() < MAX_ELEMENTS) {
      Value added = element != null ? generator.random(element)
          : out.isEmpty() ? null : mutate(out.get(random.nextInt(out.size())), null, depth + 1);
      if (added != null) {
        out.add(random.nextInt(out.size() + 1), added);
      }
    } else if (roll == 1 && out.size() > 1) {
      out.remove(random.nextInt(out.size()));
    } else {
      int i = random.nextInt(out.size());
      out.set(i, mutate(out.get(i), element, depth + 1));
    }
    return out;
  }

  private Value mapEntries(Value.MapValue map, Type type, int depth) {
    List<Value> keys = new ArrayList<>(map.keys());
    List<Value> values = new ArrayList<>(map.values());
    Type keyType = argument(type, 0);
    Type valueType = argument(type, 1);
    if (keys.isEmpty() || random.nextInt(4) == 0 && keyType != null && valueType != null) {
      if (keyType == null || valueType == null) {
        return map;
      }
      keys.add(generator.random(keyType));
      values.add(generator.random(valueType));
    } else {
      int i = random.nextInt(keys.size());
      if (random.nextBoolean()) {
        values.set(i, mutate(values.get(i), valueType, depth + 1));
      } else {
        keys.set(i, mutate(keys.get(i), keyType, depth + 1));
      }
    }
    return new Value.MapValue(map.type(), keys, values);
  }

  private Value atom(Object v, Type type) {
    Object mutated;
    if (v instanceof String s) {
      mutated = string(s);
    } else if (v instanceof Character c) {
      String from = literal();
      mutated = !from.isEmpty() && random.nextBoolean()
          ? from.charAt(random.nextInt(from.length())) : flipCase(c);
    } else if (v instanceof Number n && !(v instanceof java.math.BigDecimal)
        && !(v instanceof java.math.BigInteger)) {
      mutated = number(n);
    } else {
      mutated = null;
    }
    if (mutated != null) {
      return new Value.Atom(mutated);
    }
    Type t = type != null ? type : v.getClass();
    try {
      return generator.random(t);
    } catch (GenerationException e) {
      return new Value.Atom(v);
    }
  }

  private String string(String s) {
    int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
    String out = switch (random.nextInt(9)) {
      case 0, 1 -> s.substring(0, at) + literal() + s.substring(at);
      case 2 -> literal();
      case 3 -> s + separator() + literal() + separator() + numberText();
      case 4 -> s.substring(0, at) + numberText() + s.substring(at);
      case 5 -> s.isEmpty() ? literal() : s.substring(0, at)
          + s.substring(Math.min(s.length(), at + 1 + random.nextInt(4)));
      case 6 -> s + separator() + s;
      case 7 -> s.substring(0, at) + flip(s.substring(at));
      default -> s.substring(0, at) + separator() + s.substring(at);
    };
    return out.length() > MAX_STRING ? out.substring(0, MAX_STRING) : out;
  }

  private Object number(Number n) {
    long base = switch (random.nextInt(5)) {
      case 0 -> n.longValue() + (random.nextBoolean() ? 1 : -1);
      case 1 -> -n.longValue();
      case 2 -> BOUNDARIES[random.nextInt(BOUNDARIES.length)];
      default -> dictionary.numbers().isEmpty() ? n.longValue() * 2
          : dictionary.numbers().get(random.nextInt(dictionary.numbers().size()))
              + random.nextInt(3) - 1;
    };
    if (n instanceof Integer) {
      return (int) base;
    } else if (n instanceof Long) {
      return base;
    } else if (n instanceof Short) {
      return (short) base;
    } else if (n instanceof Byte) {
      return (byte) base;
    } else if (n instanceof Double d) {
      return random.nextBoolean() ? (double) base : d + (random.nextBoolean() ? 0.5 : -0.5);
    } else if (n instanceof Float f) {
      return random.nextBoolean() ? (float) base : f + 0.5f;
    }
    return null;
  }

  private String literal() {
    List<String> strings = dictionary.strings();
    if (!strings.isEmpty() && random.nextInt(5) != 0) {
      return strings.get(random.nextInt(strings.size()));
    }
    if (!dictionary.regexes().isEmpty() && random.nextBoolean()) {
      return dictionary.regexes().get(random.nextInt(dictionary.regexes().size())).match(random);
    }
    return numberText();
  }

  private String numberText() {
    long n = !dictionary.numbers().isEmpty() && random.nextBoolean()
        ? dictionary.numbers().get(random.nextInt(dictionary.numbers().size()))
        : BOUNDARIES[random.nextInt(BOUNDARIES.length)];
    String text = Long.toString(n);
    return switch (random.nextInt(6)) {
      case 0 -> "0" + text;
      case 1 -> " " + text;
      default -> text;
    };
  }

  private String separator() {
    return SEPARATORS[random.nextInt(SEPARATORS.length)];
  }

  private static String flip(String s) {
    String upper = s.toUpperCase(Locale.ROOT);
    return upper.equals(s) ? s.toLowerCase(Locale.ROOT) : upper;
  }

  private static char flipCase(char c) {
    return Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
        ? p.getActualTypeArguments()[index] : null;
  }
}
