package dev.flamefix.validator.differential;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A single-abstract-method interface as used in a declaration, with the method's parameter and
 * return types resolved against the declaration's type arguments: for
 * {@code UnaryOperator<String>}, {@code apply} takes and returns {@code String}.
 *
 * @param iface the interface
 * @param method its abstract method
 * @param parameters the method's parameter types, resolved where the declaration says
 * @param returns the method's return type, resolved likewise
 */
record SamType(Class<?> iface, Method method, Type[] parameters, Type returns) {

  /** Interfaces the generator already builds otherwise, or that are no function. */
  private static final List<Class<?>> NOT_FUNCTIONS = List.of(Iterable.class, Comparable.class,
      java.util.Map.class,
      CharSequence.class, AutoCloseable.class, java.io.Closeable.class, Cloneable.class,
      java.io.Serializable.class, Readable.class, Appendable.class);

  /** The SAM view of {@code type}, or {@code null} when it is no single-method interface. */
  static SamType of(Type type) {
    Class<?> raw = ValueGenerator.raw(type);
    if (!raw.isInterface() || raw.isAnnotation() || NOT_FUNCTIONS.stream()
        .anyMatch(c -> c.isAssignableFrom(raw))) {
      return null;
    }
    Method sam = null;
    for (Method m : raw.getMethods()) {
      if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
        continue;
      }
      if (sam != null && !(sam.getName().equals(m.getName())
          && Arrays.equals(sam.getParameterTypes(), m.getParameterTypes()))) {
        return null;
      }
      if (sam == null || sam.getDeclaringClass().isAssignableFrom(m.getDeclaringClass())) {
        sam = m;
      }
    }
    if (sam == null) {
      return null;
    }
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    bind(type, bindings);
    Type[] params = Arrays.stream(sam.getGenericParameterTypes())
        .map(t -> resolve(t, bindings)).toArray(Type[]::new);
    return new SamType(raw, sam, params, resolve(sam.getGenericReturnType(), bindings));
  }

  /** Whether {@code m} is one of Object's public methods, redeclared (Comparator.equals). */
  static boolean isObjectMethod(Method m) {
    try {
      Object.class.getMethod(m.getName(), m.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static void bind(Type type, Map<TypeVariable<?>, Type> bindings) {
    Class<?> raw = ValueGenerator.raw(type);
    if (type instanceof ParameterizedType p) {
      TypeVariable<?>[] vars = raw.getTypeParameters();
      Type[] args = p.getActualTypeArguments();
      for (int i = 0; i < vars.length && i < args.length; i++) {
        bindings.put(vars[i], resolve(args[i], bindings));
      }
    }
    for (Type parent : raw.getGenericInterfaces()) {
      bind(resolve(parent, bindings), bindings);
    }
  }

  private static Type resolve(Type t, Map<TypeVariable<?>, Type> bindings) {
    if (t instanceof TypeVariable<?> v) {
      Type bound = bindings.get(v);
      return bound == null ? v : bound;
    }
    if (t instanceof WildcardType w) {
      // ? super T for inputs, ? extends R for results: either way the bound is the type to use.
      return resolve(w.getLowerBounds().length > 0 ? w.getLowerBounds()[0]
          : w.getUpperBounds()[0], bindings);
    }
    if (t instanceof ParameterizedType p) {
      Type[] args = Arrays.stream(p.getActualTypeArguments()).map(a -> resolve(a, bindings))
          .toArray(Type[]::new);
      return new Parameterized((Class<?>) p.getRawType(), args, p.getOwnerType());
    }
    if (t instanceof GenericArrayType g) {
      Type component = resolve(g.getGenericComponentType(), bindings);
      return component instanceof Class<?> c ? c.arrayType() : g;
    }
    return t;
  }

  /** A parameterized type with resolved arguments. */
  private record Parameterized(Class<?> raw, Type[] args, Type owner)
      implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return args.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return owner;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ParameterizedType p && raw.equals(p.getRawType())
          && Arrays.equals(args, p.getActualTypeArguments())
          && Objects.equals(owner, p.getOwnerType());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(args) ^ raw.hashCode() ^ Objects.hashCode(owner);
    }

    @Override
    public String toString() {
      return raw.getTypeName() + Arrays.toString(args).replace('[', '<').replace(']', '>');
    }
  }
}
