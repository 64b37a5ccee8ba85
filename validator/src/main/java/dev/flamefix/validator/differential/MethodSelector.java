package dev.flamefix.validator.differential;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Resolves a target given as {@code name} or {@code name(Type,...)} to declared methods. Types
 * may be simple or qualified names, with or without generic arguments ({@code List<Order>}).
 */
public final class MethodSelector {

  private MethodSelector() {}

  /** Declared, non-synthetic methods of {@code type} the selector names; never empty. */
  public static List<Method> resolve(Class<?> type, String selector) {
    String name = selector.contains("(") ? selector.substring(0, selector.indexOf('(')).trim()
        : selector.trim();
    List<String> params = null;
    if (selector.contains("(")) {
      String inside = selector.substring(selector.indexOf('(') + 1, selector.lastIndexOf(')'));
      params = splitTopLevel(stripGenerics(inside));
    }
    List<Method> out = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      if (m.isSynthetic() || m.isBridge() || !m.getName().equals(name)) {
        continue;
      }
      if (params == null || matches(m.getParameterTypes(), params)) {
        out.add(m);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(type.getName() + " has no method " + selector);
    }
    out.sort((a, b) -> signature(a).compareTo(signature(b)));
    return out;
  }

  /** The same method on another class (the candidate), by name and parameter types. */
  public static Method counterpart(Class<?> other, Method method) {
    // Parameters of types nested in the original are the candidate's own twins of them.
    Counterparts twins = Counterparts.of(method.getDeclaringClass(), other);
    try {
      return other.getDeclaredMethod(method.getName(), Arrays.stream(
          method.getParameterTypes()).map(twins::type).toArray(Class<?>[]::new));
    } catch (GenerationException e) {
      throw new IllegalArgumentException("candidate lacks " + signature(method) + ": "
          + e.getMessage(), e);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("candidate lacks " + signature(method), e);
    }
  }

  /** {@code name(SimpleType,...)}. */
  public static String signature(Method m) {
    return m.getName() + "(" + String.join(",",
        Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList()) + ")";
  }

  /** Whether the method needs a receiver. */
  public static boolean isInstance(Method m) {
    return !Modifier.isStatic(m.getModifiers());
  }

  private static boolean matches(Class<?>[] types, List<String> params) {
    if (types.length != params.size()) {
      return false;
    }
    for (int i = 0; i < types.length; i++) {
      String want = params.get(i).replace("...", "[]").trim();
      String simple = types[i].getSimpleName();
      String full = types[i].getCanonicalName();
      if (!want.equals(simple) && !want.equals(full) && !want.equals(types[i].getName())) {
        return false;
      }
    }
    return true;
  }

  private static String stripGenerics(String s) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (char c : s.toCharArray()) {
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static List<String> splitTopLevel(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split(",")) {
      String t = part.trim();
      if (t.startsWith("final ")) {
        t = t.substring(6).trim();
      }
      // Accept "Type name" as well as "Type".
      int space = t.lastIndexOf(' ');
      if (space > 0 && !t.endsWith("...") && !t.endsWith("]")) {
        t = t.substring(0, space).trim();
      }
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
