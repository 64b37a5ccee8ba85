package dev.flamefix.recording;

import java.lang.ref.Reference;
import java.lang.reflect.Proxy;
import java.util.concurrent.Executor;

/** Which types a recording refuses to copy, because a copy would not mean the same thing. */
final class RecordableTypes {
  private RecordableTypes() {}

  static boolean refuses(Class<?> type) {
    return Thread.class.isAssignableFrom(type)
        || ThreadGroup.class.isAssignableFrom(type)
        || ClassLoader.class.isAssignableFrom(type)
        || AutoCloseable.class.isAssignableFrom(type)
        || Executor.class.isAssignableFrom(type)
        || Reference.class.isAssignableFrom(type)
        || Proxy.isProxyClass(type)
        || type.isSynthetic()
        || type.getName().contains("$$Lambda");
  }
}
