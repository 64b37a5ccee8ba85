package dev.flamefix.validator.differential;

import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * Rebuilds a decoded object graph in the candidate's types: every instance of the original class
 * or a type nested in it ({@code Foo}, {@code Foo$Parcel}) becomes an instance of the candidate's
 * twin ({@code Foo__candidate}, {@code Foo__candidate$Parcel}) with its fields copied by name.
 *
 * <p>Why copy by name rather than decode the payload a second time with the names mapped: Kryo's
 * field serializer writes fields without names, in the order of the class's fields, so decoding
 * into a candidate that added a field (a cache) would misread every later byte. Copying reads the
 * payload with the original's own layout and then sets each field the twin shares with it (the
 * twin is created like Kryo creates the original: through its no-argument constructor when it has
 * one, else without running a constructor). A twin with a field the original lacks (a cache, a
 * derived count), or a shared field whose type the candidate changed, cannot be rebuilt
 * faithfully: the call is then reported as not replayable, never guessed at.
 *
 * <p>Records are rebuilt through the twin's canonical constructor; enum constants by name; arrays
 * of original types as arrays of the twins; collections and maps holding such values get them
 * replaced in place (a fresh graph per side, so nothing is shared with the original's side).
 */
final class Twins {

  private static final int MAX_DEPTH = 200;

  private final Counterparts side;
  private final String originalName;
  private final String candidateName;
  private final DefaultInstantiatorStrategy instantiators =
      new DefaultInstantiatorStrategy(new StdInstantiatorStrategy());
  private final IdentityHashMap<Object, Object> done = new IdentityHashMap<>();

  private Twins(Counterparts side, Class<?> original, Class<?> candidate) {
    this.side = side;
    this.originalName = original.getName();
    this.candidateName = candidate.getName();
  }

  /**
   * The candidate's side of {@code values}, one graph (shared references stay shared).
   *
   * @throws IllegalStateException naming what could not be rebuilt in the candidate's types
   */
  static Object[] of(Counterparts side, Class<?> original, Class<?> candidate, Object[] values) {
    Twins twins = new Twins(side, original, candidate);
    Object[] out = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = twins.translate(values[i], 0);
    }
    return out;
  }

  private Object translate(Object value, int depth) {
    if (value == null || value instanceof String || value instanceof Number
        || value instanceof Boolean || value instanceof Character) {
      return value;
    }
    if (done.containsKey(value)) {
      return done.get(value);
    }
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("object graph deeper than " + MAX_DEPTH);
    }
    if (value instanceof Enum<?>) {
      return side.atom(value);
    }
    Class<?> type = value.getClass();
    if (type.isArray()) {
      return array(value, type, depth);
    }
    Class<?> twin = side.type(type);
    if (twin != type) {
      return type.isRecord() ? record(value, twin, depth) : object(value, twin, depth);
    }
    done.put(value, value);
    if (value instanceof List<?> list) {
      replaceInList(list, depth);
    } else if (value instanceof Collection<?> collection) {
      replaceInCollection(collection, depth);
    } else if (value instanceof Map<?, ?> map) {
      replaceInMap(map, depth);
    } else if (!isPlatform(type)) {
      // A project object may hold the original's nested types in its fields.
      for (Field field : instanceFields(type)) {
        Object old = get(field, value);
        Object now = translate(old, depth + 1);
        if (now != old) {
          set(field, value, now);
        }
      }
    }
    return value;
  }

  private Object array(Object value, Class<?> type, int depth) {
    Class<?> component = type.getComponentType();
    if (component.isPrimitive()) {
      done.put(value, value);
      return value;
    }
    Class<?> twinComponent = side.type(component);
    int length = Array.getLength(value);
    Object out = twinComponent == component ? value : Array.newInstance(twinComponent, length);
    done.put(value, out);
    for (int i = 0; i < length; i++) {
      Object element = Array.get(value, i);
      Object now = translate(element, depth + 1);
      if (now != element || out != value) {
        Array.set(out, i, now);
      }
    }
    return out;
  }

  private Object record(Object value, Class<?> twin, int depth) {
    RecordComponent[] mine = value.getClass().getRecordComponents();
    RecordComponent[] theirs = twin.getRecordComponents();
    Map<String, Object> byName = new HashMap<>();
    try {
      for (RecordComponent c : mine) {
        c.getAccessor().setAccessible(true);
        byName.put(c.getName(), c.getAccessor().invoke(value));
      }
      Object[] args = new Object[theirs.length];
      Class<?>[] types = new Class<?>[theirs.length];
      for (int i = 0; i < theirs.length; i++) {
        if (!byName.containsKey(theirs[i].getName())) {
          throw new IllegalStateException("the candidate's " + twin.getSimpleName()
              + " has a component " + theirs[i].getName() + " the original's has not");
        }
        args[i] = translate(byName.get(theirs[i].getName()), depth + 1);
        types[i] = theirs[i].getType();
      }
      Constructor<?> canonical = twin.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      Object out = canonical.newInstance(args);
      done.put(value, out);
      return out;
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot rebuild " + value.getClass().getSimpleName()
          + " as the candidate's: " + e, e);
    }
  }

  private Object object(Object value, Class<?> twin, int depth) {
    Object out;
    try {
      out = instantiators.newInstantiatorOf(twin).newInstance();
    } catch (RuntimeException | LinkageError e) {
      throw new IllegalStateException("cannot create the candidate's " + twin.getSimpleName()
          + ": " + e, e);
    }
    done.put(value, out);
    Map<String, Field> originals = new LinkedHashMap<>();
    for (Field field : instanceFields(value.getClass())) {
      originals.put(key(field), field);
    }
    List<String> added = instanceFields(twin).stream().filter(f -> !originals.containsKey(key(f)))
        .map(Field::getName).toList();
    if (!added.isEmpty()) {
      // What such a field should hold (a cache, a derived count) depends on how the object came
      // to be; a guess could reject a correct candidate or pass a wrong one.
      throw new IllegalStateException("the candidate's " + value.getClass().getSimpleName()
          + " adds field(s) " + added + " that a recorded " + value.getClass().getSimpleName()
          + " cannot fill");
    }
    for (Field field : instanceFields(twin)) {
      Field from = originals.get(key(field));
      if (from != null) {
        set(field, out, translate(get(from, value), depth + 1));
      }
    }
    return out;
  }

  /** A field's place independent of the side: the declaring class with the candidate's name undone. */
  private String key(Field field) {
    String owner = field.getDeclaringClass().getName();
    if (owner.equals(candidateName) || owner.startsWith(candidateName + "$")) {
      owner = originalName + owner.substring(candidateName.length());
    }
    return owner + "#" + field.getName();
  }

  @SuppressWarnings("unchecked")
  private void replaceInList(List<?> list, int depth) {
    ListIterator<Object> it = (ListIterator<Object>) list.listIterator();
    while (it.hasNext()) {
      Object element = it.next();
      Object now = translate(element, depth + 1);
      if (now != element) {
        it.set(now);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void replaceInCollection(Collection<?> collection, int depth) {
    List<Object> now = new ArrayList<>();
    boolean changed = false;
    for (Object element : collection) {
      Object t = translate(element, depth + 1);
      changed |= t != element;
      now.add(t);
    }
    if (changed) {
      // Hash and order are the twin's own, as if the candidate's code had filled it.
      collection.clear();
      ((Collection<Object>) collection).addAll(now);
    }
  }

  @SuppressWarnings("unchecked")
  private void replaceInMap(Map<?, ?> map, int depth) {
    Map<Object, Object> now = new LinkedHashMap<>();
    boolean changed = false;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      Object k = translate(entry.getKey(), depth + 1);
      Object v = translate(entry.getValue(), depth + 1);
      changed |= k != entry.getKey() || v != entry.getValue();
      now.put(k, v);
    }
    if (changed) {
      map.clear();
      ((Map<Object, Object>) map).putAll(now);
    }
  }

  private static boolean isPlatform(Class<?> type) {
    String name = type.getName();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
        || name.startsWith("sun.") || name.startsWith("com.sun.");
  }

  private static List<Field> instanceFields(Class<?> type) {
    List<Field> out = new ArrayList<>();
    for (Class<?> k = type; k != null && k != Object.class && !isPlatform(k);
        k = k.getSuperclass()) {
      for (Field field : k.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          out.add(field);
        }
      }
    }
    return out;
  }

  private static Object get(Field field, Object owner) {
    try {
      return field.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read field " + field.getName() + ": " + e, e);
    }
  }

  private static void set(Field field, Object owner, Object value) {
    try {
      field.set(owner, value);
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw new IllegalStateException("the candidate's field " + field.getName() + " of "
          + field.getDeclaringClass().getSimpleName().replaceAll("__candidate\\d*", "")
          + " cannot hold the recorded value (its type changed?): " + e.getMessage(), e);
    }
  }
}
