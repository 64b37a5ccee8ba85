package dev.flamefix.validator.differential;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A hash of a value's content that is the same for the original's and the candidate's copy of
 * an input and from one run to the next: Java's {@code hashCode} for strings, numbers and the
 * like, enum constants by name, arrays, collections, maps, optionals and records by content.
 * Other objects hash by their class's simple name only (their {@code hashCode} may be their
 * identity, and the candidate's twin may have extra fields). Generated functions use it to map
 * inputs to outputs.
 */
final class StableHash {

  private static final int MAX_DEPTH = 6;

  private StableHash() {}

  static int of(Object o) {
    return of(o, 0);
  }

  /** The hash of several arguments, in order. */
  static int ofAll(Object[] args) {
    if (args != null && args.length == 1) {
      return of(args[0], 0);
    }
    int h = 1;
    for (Object a : args == null ? new Object[0] : args) {
      h = 31 * h + of(a, 0);
    }
    return h;
  }

  private static int of(Object o, int depth) {
    if (o == null || depth > MAX_DEPTH) {
      return 0;
    }
    if (o instanceof CharSequence s) {
      return s.toString().hashCode();
    }
    if (o instanceof Number && o.getClass().getName().startsWith("java.")
        || o instanceof Boolean || o instanceof Character) {
      return o.hashCode();
    }
    if (o instanceof Enum<?> e) {
      return e.name().hashCode();
    }
    if (o.getClass().isArray()) {
      int h = 1;
      for (int i = 0; i < Array.getLength(o); i++) {
        h = 31 * h + of(Array.get(o, i), depth + 1);
      }
      return h;
    }
    if (o instanceof Set<?> s) {
      int h = 0;
      for (Object x : s) {
        h += of(x, depth + 1);
      }
      return h;
    }
    if (o instanceof Collection<?> c) {
      return of(c.toArray(), depth);
    }
    if (o instanceof Map<?, ?> m) {
      int h = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        h += of(e.getKey(), depth + 1) ^ of(e.getValue(), depth + 1);
      }
      return h;
    }
    if (o instanceof Optional<?> opt) {
      return of(opt.orElse(null), depth + 1);
    }
    if (o.getClass().isRecord()) {
      int h = 1;
      for (RecordComponent rc : o.getClass().getRecordComponents()) {
        try {
          rc.getAccessor().setAccessible(true);
          h = 31 * h + of(rc.getAccessor().invoke(o), depth + 1);
        } catch (ReflectiveOperationException | RuntimeException e) {
          return List.of(o.getClass().getSimpleName()).hashCode();
        }
      }
      return h;
    }
    if (o instanceof java.time.temporal.TemporalAccessor || o instanceof java.util.UUID) {
      return o.hashCode();
    }
    return o.getClass().getSimpleName().replaceAll("__candidate\\d*", "").hashCode();
  }
}
