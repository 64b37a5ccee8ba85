package dev.flamefix.validator.differential;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.Buffer;
import java.util.Collection;
import java.util.Map;

/**
 * The size production passes a method, read from its recorded calls: the largest collection,
 * map, array, string or buffer among the arguments (top-level, as {@link InputSizing} counts). Benchmark inputs
 * start at that size, so a rewrite whose gain shows only at production's sizes is measured
 * there rather than on the generator's few hundred elements.
 */
final class RecordedSizes {

  /** Recorded calls decoded to find the size; the rest add nothing but set-up time. */
  private static final int MAX_CALLS = 50;

  private RecordedSizes() {}

  /**
   * The largest size in the recorded calls of {@code method} in {@code file}, or 0 when there
   * are none (no file, other methods' calls, nothing decodable).
   */
  static int largest(String file, Method method, Class<?> candidateClass) {
    if (file == null) {
      return 0;
    }
    RecordedInputs recorded = RecordedInputs.read(file, method.getDeclaringClass()
        .getClassLoader());
    if (!recorded.isFor(method)) {
      return 0;
    }
    try {
      return largest(recorded, method, candidateClass);
    } catch (RuntimeException | LinkageError e) {
      // Recorded calls add evidence; one that cannot be read removes none.
      return 0;
    }
  }

  private static int largest(RecordedInputs recorded, Method method, Class<?> candidateClass) {
    Counterparts side = Counterparts.of(method.getDeclaringClass(), candidateClass);
    int largest = 0;
    for (int k = 0; k < Math.min(MAX_CALLS, recorded.size()); k++) {
      RecordedInputs.Call call = recorded.decode(k, method, side, candidateClass);
      if (call == null) {
        continue;
      }
      for (Object arg : call.arguments(false)) {
        largest = Math.max(largest, size(arg, 0));
      }
    }
    return largest;
  }

  private static int size(Object value, int depth) {
    int own;
    Iterable<?> inner = null;
    if (value == null) {
      return 0;
    } else if (value instanceof CharSequence s) {
      own = s.length();
    } else if (value instanceof Collection<?> c) {
      own = c.size();
      inner = c;
    } else if (value instanceof Map<?, ?> m) {
      own = m.size();
      inner = m.values();
    } else if (value instanceof Buffer b) {
      own = b.remaining();
    } else if (value.getClass().isArray()) {
      own = Array.getLength(value);
      if (!value.getClass().getComponentType().isPrimitive()) {
        inner = java.util.Arrays.asList((Object[]) value);
      }
    } else {
      return 0;
    }
    if (inner != null && depth > 0) {
      for (Object o : inner) {
        own = Math.max(own, size(o, depth - 1));
      }
    }
    return own;
  }
}
