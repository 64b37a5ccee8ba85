package dev.flamefix.validator.differential;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shape of a method whose parameters and return type are all primitives (or void): the
 * benchmark calls such a method through an exactly typed handle on primitive arrays, one per
 * parameter, instead of the uniform {@code (Object, Object[]) -> Object} handle whose spreading,
 * unboxing and boxing cost as much as a method of a few nanoseconds and dilute its speed-up.
 *
 * @param instance whether the method needs a receiver (passed first, typed {@code Object})
 * @param parameters the parameters' primitive type names, e.g. {@code ["long", "int"]}
 * @param returns the return type's name: a primitive or {@code void}
 */
public record PrimitiveShape(boolean instance, List<String> parameters, String returns) {

  private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class,
      "byte", byte.class, "char", char.class, "short", short.class, "int", int.class,
      "long", long.class, "float", float.class, "double", double.class, "void", void.class);

  /** Checks that every name is a primitive type ({@code void} only as the return type). */
  public PrimitiveShape {
    parameters = List.copyOf(parameters);
    for (String p : parameters) {
      if (!PRIMITIVES.containsKey(p) || p.equals("void")) {
        throw new IllegalArgumentException("not a primitive parameter type: " + p);
      }
    }
    if (!PRIMITIVES.containsKey(returns)) {
      throw new IllegalArgumentException("not a primitive return type: " + returns);
    }
  }

  /**
   * The shape of {@code method}, or {@code null} when a parameter or the return type is a
   * reference type (those keep the uniform handle).
   */
  public static PrimitiveShape of(Method method) {
    if (!method.getReturnType().isPrimitive()) {
      return null;
    }
    List<String> parameters = new ArrayList<>();
    for (Class<?> p : method.getParameterTypes()) {
      if (!p.isPrimitive()) {
        return null;
      }
      parameters.add(p.getName());
    }
    return new PrimitiveShape(MethodSelector.isInstance(method), parameters,
        method.getReturnType().getName());
  }

  /**
   * The type of the exact handle the benchmark invokes: the receiver as {@code Object} first for
   * an instance method, then the parameters, returning the method's own primitive or void.
   */
  public MethodType handleType() {
    List<Class<?>> types = new ArrayList<>();
    if (instance) {
      types.add(Object.class);
    }
    parameters.forEach(p -> types.add(PRIMITIVES.get(p)));
    return MethodType.methodType(PRIMITIVES.get(returns), types);
  }

  /** Whether the method returns nothing, so the benchmark has no result to consume. */
  public boolean returnsVoid() {
    return returns.equals("void");
  }

  @Override
  public String toString() {
    return (instance ? "instance " : "static ") + returns + " ("
        + String.join(",", parameters) + ")";
  }
}
