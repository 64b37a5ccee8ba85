package dev.flamefix.validator.differential;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Compares what the original and the candidate produced, deeply: arrays element by element, lists
 * in order, sets and maps as sets unless the original's are ordered (LinkedHash*, sorted) in which
 * case iteration order counts, records by component, other application objects field by field,
 * floating-point numbers within a tolerance.
 *
 * <p>Classes of the candidate (named with the candidate suffix) are treated as their original
 * counterparts, so a nested result type of the candidate compares against the original's.
 */
public final class DeepComparator {

  private static final int MAX_DEPTH = 64;

  private final double relativeTolerance;
  private final double absoluteTolerance;
  private final String candidateSuffix;

  /**
   * @param relativeTolerance allowed |a-b| relative to the larger magnitude, for float and double
   * @param absoluteTolerance allowed |a-b| near zero
   * @param candidateSuffix the suffix the candidate's class name carries, e.g. {@code __candidate}
   */
  public DeepComparator(double relativeTolerance, double absoluteTolerance,
      String candidateSuffix) {
    this.relativeTolerance = relativeTolerance;
    this.absoluteTolerance = absoluteTolerance;
    this.candidateSuffix = candidateSuffix;
  }

  /** Returns {@code null} when equal, else where and how they differ (path: description). */
  public String difference(Object original, Object candidate) {
    return diff(original, candidate, "", 0, new IdentityHashMap<>());
  }

  /** The class name with the candidate suffix removed. */
  public String normalize(String className) {
    return className.replace(candidateSuffix, "").replaceAll("__candidate\\d*", "");
  }

  private String diff(Object a, Object b, String path, int depth,
      IdentityHashMap<Object, Object> seen) {
    if (a == b) {
      return null;
    }
    String where = path.isEmpty() ? "value" : path;
    if (a == null || b == null) {
      return where + ": " + Render.object(a) + " vs " + Render.object(b);
    }
    if (depth > MAX_DEPTH || seen.get(a) == b) {
      return null;
    }
    String jdk = JdkDifferences.difference(a, b, where, path,
        (x, y, p) -> diff(x, y, p, depth + 1, seen));
    if (jdk != JdkDifferences.NOT_MINE) {
      return jdk;
    }
    if (a instanceof Double || a instanceof Float) {
      if (!(b instanceof Double || b instanceof Float) || a.getClass() != b.getClass()) {
        return where + ": " + describe(a) + " vs " + describe(b);
      }
      return close(((Number) a).doubleValue(), ((Number) b).doubleValue()) ? null
          : where + ": " + Render.object(a) + " vs " + Render.object(b);
    }
    if (isValueLike(a)) {
      if (!normalize(a.getClass().getName()).equals(normalize(b.getClass().getName()))) {
        return where + ": " + describe(a) + " vs " + describe(b);
      }
      // Constants of an enum nested in the original and of the candidate's twin are never equal().
      boolean same = a instanceof Enum<?> ea && b instanceof Enum<?> eb
          ? ea.name().equals(eb.name()) : a.equals(b);
      return same ? null : where + ": " + Render.object(a) + " vs " + Render.object(b);
    }
    if (a instanceof CharSequence && b instanceof CharSequence) {
      return a.toString().contentEquals((CharSequence) b) ? null
          : where + ": " + Render.object(a.toString()) + " vs " + Render.object(b.toString());
    }
    seen.put(a, b);
    if (a.getClass().isArray()) {
      if (!b.getClass().isArray()
          || !normalize(a.getClass().getName()).equals(normalize(b.getClass().getName()))) {
        return where + ": " + describe(a) + " vs " + describe(b);
      }
      int n = Array.getLength(a);
      if (n != Array.getLength(b)) {
        return where + ": length " + n + " vs " + Array.getLength(b);
      }
      for (int i = 0; i < n; i++) {
        String d = diff(Array.get(a, i), Array.get(b, i), path + "[" + i + "]", depth + 1, seen);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (a instanceof Map<?, ?> ma) {
      if (!(b instanceof Map<?, ?> mb)) {
        return where + ": " + describe(a) + " vs " + describe(b);
      }
      return mapDiff(ma, mb, where, path, depth, seen);
    }
    if (a instanceof Collection<?> ca) {
      if (!(b instanceof Collection<?> cb)) {
        return where + ": " + describe(a) + " vs " + describe(b);
      }
      if (ca.size() != cb.size()) {
        return where + ": size " + ca.size() + " vs " + cb.size();
      }
      if (a instanceof Set<?> && !ordered(a)) {
        return setDiff(ca, cb, where, depth, seen);
      }
      Iterator<?> ia = ca.iterator();
      Iterator<?> ib = cb.iterator();
      for (int i = 0; ia.hasNext(); i++) {
        String d = diff(ia.next(), ib.next(), path + "[" + i + "]", depth + 1, seen);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (!normalize(a.getClass().getName()).equals(normalize(b.getClass().getName()))) {
      return where + ": " + describe(a) + " vs " + describe(b);
    }
    if (a.getClass().isRecord() && b.getClass().isRecord()) {
      RecordComponent[] ra = a.getClass().getRecordComponents();
      RecordComponent[] rb = b.getClass().getRecordComponents();
      for (int i = 0; i < ra.length; i++) {
        String d = diff(read(ra[i], a), read(rb[i], b), path + "." + ra[i].getName(), depth + 1,
            seen);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (a.getClass() == b.getClass() && overridesEquals(a.getClass())) {
      return a.equals(b) ? null : where + ": " + Render.object(a) + " vs " + Render.object(b);
    }
    if (a.getClass().getName().startsWith("java.") || a.getClass().getName().startsWith("jdk.")) {
      String sa = String.valueOf(a);
      String sb = String.valueOf(b);
      return sa.equals(sb) || sa.contains("@") ? null : where + ": " + sa + " vs " + sb;
    }
    return fieldsDiff(a, b, path, depth, seen);
  }

  private String mapDiff(Map<?, ?> ma, Map<?, ?> mb, String where, String path, int depth,
      IdentityHashMap<Object, Object> seen) {
    if (ma.size() != mb.size()) {
      return where + ": size " + ma.size() + " vs " + mb.size();
    }
    if (ordered(ma)) {
      Iterator<? extends Map.Entry<?, ?>> ia = ma.entrySet().iterator();
      Iterator<? extends Map.Entry<?, ?>> ib = mb.entrySet().iterator();
      for (int i = 0; ia.hasNext(); i++) {
        Map.Entry<?, ?> ea = ia.next();
        Map.Entry<?, ?> eb = ib.next();
        String d = diff(ea.getKey(), eb.getKey(), path + ".keys[" + i + "]", depth + 1, seen);
        if (d == null) {
          d = diff(ea.getValue(), eb.getValue(), path + "[" + Render.object(ea.getKey()) + "]",
              depth + 1, seen);
        }
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    for (Map.Entry<?, ?> ea : ma.entrySet()) {
      Object key = matchingKey(ea.getKey(), mb.keySet(), depth, seen);
      if (key == NO_MATCH) {
        return where + ": key " + Render.object(ea.getKey()) + " missing in candidate";
      }
      String d = diff(ea.getValue(), mb.get(key), path + "[" + Render.object(ea.getKey()) + "]",
          depth + 1, seen);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static final Object NO_MATCH = new Object();

  private Object matchingKey(Object key, Set<?> keys, int depth,
      IdentityHashMap<Object, Object> seen) {
    if (keys.contains(key)) {
      for (Object k : keys) {
        if (java.util.Objects.equals(k, key)) {
          return k;
        }
      }
    }
    for (Object k : keys) {
      if (diff(key, k, "", depth + 1, new IdentityHashMap<>(seen)) == null) {
        return k;
      }
    }
    return NO_MATCH;
  }

  private String setDiff(Collection<?> ca, Collection<?> cb, String where, int depth,
      IdentityHashMap<Object, Object> seen) {
    List<Object> unmatched = new ArrayList<>(cb);
    for (Object x : ca) {
      boolean found = false;
      for (Iterator<Object> it = unmatched.iterator(); it.hasNext(); ) {
        if (diff(x, it.next(), "", depth + 1, new IdentityHashMap<>(seen)) == null) {
          it.remove();
          found = true;
          break;
        }
      }
      if (!found) {
        return where + ": element " + Render.object(x) + " missing in candidate";
      }
    }
    return null;
  }

  private String fieldsDiff(Object a, Object b, String path, int depth,
      IdentityHashMap<Object, Object> seen) {
    Map<String, Field> fa = fields(a.getClass());
    Map<String, Field> fb = fields(b.getClass());
    for (Map.Entry<String, Field> e : fa.entrySet()) {
      Field other = fb.get(e.getKey());
      if (other == null) {
        continue; // a field only one side has is private state, e.g. a candidate's cache
      }
      try {
        String d = diff(e.getValue().get(a), other.get(b), path + "." + e.getKey(), depth + 1,
            seen);
        if (d != null) {
          return d;
        }
      } catch (IllegalAccessException | RuntimeException ex) {
        String sa = String.valueOf(a);
        return sa.equals(String.valueOf(b)) ? null : path + ": " + sa + " vs " + b;
      }
    }
    return null;
  }

  private static Map<String, Field> fields(Class<?> type) {
    Map<String, Field> out = new LinkedHashMap<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
          try {
            f.setAccessible(true);
            out.putIfAbsent(f.getName(), f);
          } catch (RuntimeException e) {
            // JDK internals: skipped; java.* classes are compared by equals/toString instead.
          }
        }
      }
    }
    return out;
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  private boolean close(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Double.isNaN(a) && Double.isNaN(b);
    }
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      return a == b;
    }
    double diff = Math.abs(a - b);
    return diff <= absoluteTolerance
        || diff <= relativeTolerance * Math.max(Math.abs(a), Math.abs(b));
  }

  private static boolean isValueLike(Object o) {
    return o instanceof Number && o.getClass().getName().startsWith("java.")
        || o instanceof Boolean || o instanceof Character || o instanceof String
        || o instanceof Enum<?> || o instanceof Class<?> || o instanceof java.util.Optional<?>
        || o instanceof java.time.temporal.TemporalAccessor || o instanceof java.util.UUID;
  }

  private static boolean ordered(Object collectionOrMap) {
    return collectionOrMap instanceof LinkedHashSet<?> || collectionOrMap instanceof SortedSet<?>
        || collectionOrMap instanceof LinkedHashMap<?, ?> || collectionOrMap instanceof SortedMap<?, ?>
        || !(collectionOrMap instanceof Set<?> || collectionOrMap instanceof Map<?, ?>);
  }

  private static boolean overridesEquals(Class<?> type) {
    try {
      return type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private String describe(Object o) {
    return Render.object(o) + " (" + normalize(o.getClass().getName()) + ")";
  }
}
