package dev.flamefix.validator.differential;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Limits on the inputs of one target method, tightened each time the original itself does not
 * return within the per-call budget: such an input (an exponential recursion given 1000) is too
 * big to judge anything by, so it is clamped and retried, and every later input is clamped to
 * the same limits. Numbers shrink fourfold per step (running time is often exponential in
 * them; huge ones straight to 1024), collections and strings twofold, never below small floors.
 */
final class InputScale {

  private static final long MIN_MAGNITUDE = 8;
  /** Where a huge number (MAX_VALUE) is cut to at once, rather than in quarters. */
  private static final long LARGE_MAGNITUDE = 1024;
  private static final int MIN_SIZE = 4;
  private static final int MIN_LENGTH = 16;

  private long maxMagnitude = Long.MAX_VALUE;
  private int maxSize = Integer.MAX_VALUE;
  private int maxLength = Integer.MAX_VALUE;

  /** Whether any limit has been set. */
  boolean limited() {
    return maxMagnitude != Long.MAX_VALUE || maxSize != Integer.MAX_VALUE
        || maxLength != Integer.MAX_VALUE;
  }

  /**
   * Tightens the limits below what {@code args} holds; false when it is already as small as the
   * floors allow, so clamping cannot make it smaller.
   */
  boolean tightenBelow(List<Value> args) {
    Extent e = new Extent();
    args.forEach(e::measure);
    boolean changed = false;
    if (e.magnitude > MIN_MAGNITUDE) {
      long smaller = e.magnitude > 4 * LARGE_MAGNITUDE ? LARGE_MAGNITUDE : e.magnitude / 4;
      maxMagnitude = Math.max(MIN_MAGNITUDE, Math.min(maxMagnitude, smaller));
      changed = true;
    }
    if (e.size > MIN_SIZE) {
      maxSize = Math.max(MIN_SIZE, Math.min(maxSize, e.size / 2));
      changed = true;
    }
    if (e.length > MIN_LENGTH) {
      maxLength = Math.max(MIN_LENGTH, Math.min(maxLength, e.length / 2));
      changed = true;
    }
    return changed;
  }

  /** {@code args} within the limits: numbers reduced modulo the limit, sequences truncated. */
  List<Value> clamp(List<Value> args) {
    return args.stream().map(this::clamp).toList();
  }

  /** The limits, for reports. */
  String describe() {
    return "numbers within ±" + (maxMagnitude == Long.MAX_VALUE ? "any" : maxMagnitude)
        + ", collections up to " + (maxSize == Integer.MAX_VALUE ? "any" : maxSize)
        + " elements, strings up to " + (maxLength == Integer.MAX_VALUE ? "any" : maxLength)
        + " characters";
  }

  private Value clamp(Value v) {
    if (v instanceof Value.Atom a) {
      return new Value.Atom(clampAtom(a.value()));
    } else if (v instanceof Value.ArrayValue a) {
      return new Value.ArrayValue(a.componentType(), clampAll(a.elements()));
    } else if (v instanceof Value.CollectionValue c) {
      return new Value.CollectionValue(c.type(), clampAll(c.elements()));
    } else if (v instanceof Value.MapValue m) {
      return new Value.MapValue(m.type(), clampAll(m.keys()), clampAll(m.values()));
    } else if (v instanceof Value.Constructed c) {
      return new Value.Constructed(c.constructor(), c.names(),
          c.arguments().stream().map(this::clamp).toList());
    } else if (v instanceof Value.Made m) {
      return new Value.Made(m.factory(), m.arguments().stream().map(this::clamp).toList());
    } else if (v instanceof Value.OptionalValue o) {
      return new Value.OptionalValue(clamp(o.inner()));
    }
    return v;
  }

  private List<Value> clampAll(List<Value> elements) {
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < Math.min(maxSize, elements.size()); i++) {
      out.add(clamp(elements.get(i)));
    }
    return out;
  }

  private Object clampAtom(Object value) {
    if (maxMagnitude != Long.MAX_VALUE) {
      long m = maxMagnitude + 1;
      if (value instanceof Integer i) {
        return (int) (i % m);
      } else if (value instanceof Long l) {
        return l % m;
      } else if (value instanceof Short s) {
        return (short) (s % m);
      } else if (value instanceof Double d && Math.abs(d) > maxMagnitude) {
        return d.isInfinite() ? Math.copySign(maxMagnitude, d) : d % m;
      } else if (value instanceof Float f && Math.abs(f) > maxMagnitude) {
        return f.isInfinite() ? (float) Math.copySign(maxMagnitude, f) : (float) (f % m);
      } else if (value instanceof BigInteger b) {
        return b.remainder(BigInteger.valueOf(m));
      } else if (value instanceof BigDecimal b) {
        return b.remainder(BigDecimal.valueOf(m));
      }
    }
    if (value instanceof String s && s.length() > maxLength) {
      return s.substring(0, maxLength);
    }
    return value;
  }

  /** The largest number, collection and string in a value. */
  private static final class Extent {
    long magnitude;
    int size;
    int length;

    void measure(Value v) {
      if (v instanceof Value.Atom a) {
        atom(a.value());
      } else if (v instanceof Value.ArrayValue a) {
        sequence(a.elements());
      } else if (v instanceof Value.CollectionValue c) {
        sequence(c.elements());
      } else if (v instanceof Value.MapValue m) {
        sequence(m.keys());
        m.values().forEach(this::measure);
      } else if (v instanceof Value.Constructed c) {
        c.arguments().forEach(this::measure);
      } else if (v instanceof Value.Made m) {
        m.arguments().forEach(this::measure);
      } else if (v instanceof Value.OptionalValue o) {
        measure(o.inner());
      }
    }

    private void sequence(List<Value> elements) {
      size = Math.max(size, elements.size());
      elements.forEach(this::measure);
    }

    private void atom(Object value) {
      if (value instanceof Integer || value instanceof Long || value instanceof Short) {
        long l = ((Number) value).longValue();
        magnitude = Math.max(magnitude, l == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(l));
      } else if (value instanceof Double || value instanceof Float) {
        double d = Math.abs(((Number) value).doubleValue());
        if (!Double.isNaN(d)) {
          magnitude = Math.max(magnitude, d >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) d);
        }
      } else if (value instanceof BigInteger || value instanceof BigDecimal) {
        BigDecimal d = new BigDecimal(value.toString()).abs();
        magnitude = Math.max(magnitude, d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0
            ? Long.MAX_VALUE : d.longValue());
      } else if (value instanceof String s) {
        length = Math.max(length, s.length());
      }
    }
  }
}
