package dev.flamefix.validator.differential;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Candidate smaller values for shrinking a counterexample, most aggressive first. */
final class Shrinks {

  private Shrinks() {}

  static List<Value> atom(Object value) {
    Set<Object> out = new LinkedHashSet<>();
    if (value instanceof Integer i && i != 0) {
      out.add(0);
      out.add(i / 2);
      out.add(i - Integer.signum(i));
    } else if (value instanceof Long l && l != 0) {
      out.add(0L);
      out.add(l / 2);
      out.add(l - Long.signum(l));
    } else if (value instanceof Short s && s != 0) {
      out.add((short) 0);
      out.add((short) (s / 2));
    } else if (value instanceof Byte b && b != 0) {
      out.add((byte) 0);
      out.add((byte) (b / 2));
    } else if (value instanceof Double d && d != 0 && !d.isNaN() && !d.isInfinite()) {
      out.add(0.0);
      out.add(Math.rint(d));
      out.add(d / 2);
    } else if (value instanceof Float f && f != 0 && !f.isNaN() && !f.isInfinite()) {
      out.add(0f);
      out.add((float) Math.rint(f));
    } else if (value instanceof Character c && c != 'a') {
      out.add('a');
    } else if (value instanceof String s && !s.isEmpty()) {
      out.add("");
      out.add(s.substring(0, s.length() / 2));
      out.add(s.substring(s.length() / 2));
      if (s.length() <= 24) {
        for (int i = 0; i < s.length(); i++) {
          out.add(s.substring(0, i) + s.substring(i + 1));
        }
      }
    } else if (value instanceof BigInteger b && b.signum() != 0) {
      out.add(BigInteger.ZERO);
      out.add(b.shiftRight(1));
    } else if (value instanceof BigDecimal b && b.signum() != 0) {
      out.add(BigDecimal.ZERO);
    } else if (value instanceof Boolean b && b) {
      out.add(false);
    }
    out.remove(value);
    List<Value> values = new ArrayList<>();
    for (Object o : out) {
      values.add(new Value.Atom(o));
    }
    return values;
  }

  /** Smaller lists: empty, halves, each element removed, then each element shrunk in place. */
  /** For each argument, its shrinks with the others kept, each made into a whole by {@code make}. */
  static <T> List<T> each(List<Value> arguments, Function<List<Value>, T> make) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      for (Value smaller : arguments.get(i).shrinks()) {
        List<Value> copy = new ArrayList<>(arguments);
        copy.set(i, smaller);
        out.add(make.apply(copy));
      }
    }
    return out;
  }

  static List<List<Value>> list(List<Value> elements) {
    List<List<Value>> out = new ArrayList<>();
    for (List<Integer> kept : indexSubsets(elements.size())) {
      out.add(kept.stream().map(elements::get).toList());
    }
    for (int i = 0; i < elements.size() && i < 30; i++) {
      for (Value smaller : elements.get(i).shrinks()) {
        List<Value> copy = new ArrayList<>(elements);
        copy.set(i, smaller);
        out.add(copy);
      }
    }
    return out;
  }

  /** Index subsets of a sequence of length n: empty, halves, then each single index removed. */
  static List<List<Integer>> indexSubsets(int n) {
    List<List<Integer>> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    out.add(List.of());
    if (n > 2) {
      out.add(range(0, n / 2));
      out.add(range(n / 2, n));
    }
    if (n <= 40) {
      for (int i = 0; i < n; i++) {
        List<Integer> without = new ArrayList<>(range(0, n));
        without.remove(i);
        out.add(without);
      }
    } else {
      out.add(range(0, n - n / 8));
      out.add(range(n / 8, n));
    }
    return out;
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(i);
    }
    return out;
  }
}
