package dev.flamefix.agent.recorder;

import java.lang.reflect.Method;

/** The one loaded class and method a request names, with the method's full {@code MethodKey}. */
public final class RecordingTarget {
  private final Class<?> type;
  private final Method method;
  private final String key;

  RecordingTarget(Class<?> type, Method method, String key) {
    this.type = type;
    this.method = method;
    this.key = key;
  }

  public Class<?> type() {
    return type;
  }

  public Method method() {
    return method;
  }

  /** {@code com.acme.Foo#bar(java.lang.String,int[])}. */
  public String key() {
    return key;
  }
}
