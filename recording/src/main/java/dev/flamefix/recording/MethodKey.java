package dev.flamefix.recording;

import java.lang.reflect.Method;

/**
 * The one spelling of a recorded method that the agent, the server and the validator share:
 * {@code com.acme.Foo#bar(java.lang.String,int[])} — the binary class name, {@code #}, the method
 * name and the erased parameter types as {@link Class#getTypeName()} writes them.
 */
public final class MethodKey {
  private MethodKey() {}

  /** The key of a loaded method. */
  public static String of(Method method) {
    Class<?>[] types = method.getParameterTypes();
    String[] names = new String[types.length];
    for (int i = 0; i < types.length; i++) {
      names[i] = types[i].getTypeName();
    }
    return of(method.getDeclaringClass().getName(), method.getName(), names);
  }

  /** The key from names, e.g. {@code of("com.acme.Foo", "bar", "java.lang.String", "int")}. */
  public static String of(String className, String methodName, String... parameterTypes) {
    StringBuilder key = new StringBuilder(className).append('#').append(methodName).append('(');
    for (int i = 0; i < parameterTypes.length; i++) {
      if (i > 0) {
        key.append(',');
      }
      key.append(parameterTypes[i]);
    }
    return key.append(')').toString();
  }

  /** The class part of a key ({@code com.acme.Foo}). */
  public static String className(String key) {
    return key.substring(0, hash(key));
  }

  /** The method-name part of a key ({@code bar}). */
  public static String methodName(String key) {
    return key.substring(hash(key) + 1, key.indexOf('('));
  }

  private static int hash(String key) {
    int hash = key.indexOf('#');
    if (hash <= 0 || key.indexOf('(') < hash || !key.endsWith(")")) {
      throw new IllegalArgumentException("not a method key (com.acme.Foo#bar(int)): " + key);
    }
    return hash;
  }
}
