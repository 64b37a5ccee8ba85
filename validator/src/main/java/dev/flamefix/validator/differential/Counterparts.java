package dev.flamefix.validator.differential;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Translates types of the original class into the candidate's copies of them, so generated inputs
 * can be built for each side in its own types.
 *
 * <p>The candidate is compiled as a renamed copy ({@code Foo__candidate}), so a record or enum
 * nested in the original ({@code Foo$Parcel}) has a twin in the candidate
 * ({@code Foo__candidate$Parcel}) that the candidate's method signatures use. Passing the
 * original's instances to the candidate would throw {@link ClassCastException} inside the
 * candidate and make a correct rewrite look wrong, so the candidate side gets instances of its own
 * twins, built from the same {@link Value} tree. Types that are not nested in the original (JDK
 * and project classes) are the same for both sides.
 */
public final class Counterparts {

  /** The original's side: every type is itself. */
  static final Counterparts IDENTITY = new Counterparts(null, null);

  private final String originalName;
  private final Class<?> candidate;
  private final Map<Class<?>, Class<?>> classes = new HashMap<>();
  private final Map<Constructor<?>, Constructor<?>> constructors = new HashMap<>();
  private final Map<Method, Method> methods = new HashMap<>();

  private Counterparts(String originalName, Class<?> candidate) {
    this.originalName = originalName;
    this.candidate = candidate;
  }

  /** The candidate's side of a comparison between {@code original} and {@code candidate}. */
  static Counterparts of(Class<?> original, Class<?> candidate) {
    return new Counterparts(original.getName(), candidate);
  }

  /** The candidate's twin of {@code type}, or {@code type} itself when it is not the original's. */
  Class<?> type(Class<?> type) {
    if (candidate == null || type.isPrimitive()) {
      return type;
    }
    return cached(classes, type, this::lookUp);
  }

  /** Not computeIfAbsent: looking up an array type or a constructor recurses into type(). */
  private static <K, V> V cached(Map<K, V> cache, K key, Function<K, V> lookUp) {
    V value = cache.get(key);
    if (value == null) {
      value = lookUp.apply(key);
      cache.put(key, value);
    }
    return value;
  }

  private Class<?> lookUp(Class<?> type) {
    if (type.isArray()) {
      Class<?> component = type(type.getComponentType());
      return component == type.getComponentType() ? type
          : Array.newInstance(component, 0).getClass();
    }
    String name = type.getName();
    if (!name.equals(originalName) && !name.startsWith(originalName + "$")) {
      return type;
    }
    String twin = candidate.getName() + name.substring(originalName.length());
    try {
      return Class.forName(twin, false, candidate.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new GenerationException("the candidate has no " + twin.replace('$', '.')
          + " (the original's " + type.getSimpleName() + " is used by the target method)", e);
    }
  }

  /** The constructor of {@code type(k.getDeclaringClass())} with the translated parameters. */
  Constructor<?> constructor(Constructor<?> k) {
    if (candidate == null) {
      return k;
    }
    return cached(constructors, k, this::lookUpConstructor);
  }

  private Constructor<?> lookUpConstructor(Constructor<?> k) {
    Class<?> owner = type(k.getDeclaringClass());
    Class<?>[] parameters = Arrays.stream(k.getParameterTypes()).map(this::type)
        .toArray(Class<?>[]::new);
    if (owner == k.getDeclaringClass() && Arrays.equals(parameters, k.getParameterTypes())) {
      return k;
    }
    try {
      Constructor<?> twin = owner.getDeclaredConstructor(parameters);
      twin.setAccessible(true);
      return twin;
    } catch (NoSuchMethodException e) {
      throw new GenerationException("the candidate's " + owner.getSimpleName()
          + " lacks the constructor the original's has: " + k, e);
    }
  }

  /**
   * The method of {@code type(m.getDeclaringClass())} with the translated parameters: the
   * candidate's own factory or mutator, so building a receiver runs the candidate class's code.
   */
  Method method(Method m) {
    if (candidate == null) {
      return m;
    }
    return cached(methods, m, this::lookUpMethod);
  }

  private Method lookUpMethod(Method m) {
    Class<?> owner = type(m.getDeclaringClass());
    Class<?>[] parameters = Arrays.stream(m.getParameterTypes()).map(this::type)
        .toArray(Class<?>[]::new);
    if (owner == m.getDeclaringClass() && Arrays.equals(parameters, m.getParameterTypes())) {
      return m;
    }
    try {
      Method twin = owner.getDeclaredMethod(m.getName(), parameters);
      twin.setAccessible(true);
      return twin;
    } catch (NoSuchMethodException e) {
      throw new GenerationException("the candidate's " + owner.getSimpleName()
          + " lacks the method the original's has: " + m, e);
    }
  }

  /** The candidate's twin of an immutable value: only enum constants of the original change. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  Object atom(Object value) {
    if (candidate == null || !(value instanceof Enum<?> constant)) {
      return value;
    }
    Class<?> owner = constant.getDeclaringClass();
    Class<?> twin = type(owner);
    if (twin == owner) {
      return value;
    }
    try {
      return Enum.valueOf((Class) twin, constant.name());
    } catch (IllegalArgumentException e) {
      throw new GenerationException("the candidate's " + twin.getSimpleName() + " has no constant "
          + constant.name(), e);
    }
  }
}
