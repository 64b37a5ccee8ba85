package dev.flamefix.agent.recorder;

import dev.flamefix.recording.MethodKey;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the method a request names among the classes loaded in this JVM. A name without a
 * parameter list must be unique in its class; an overloaded name fails with the overloads listed.
 * JDK classes, the agent's own and its libraries' classes, abstract and native methods are refused:
 * recording them could recurse into the recorder or instrument code every application shares.
 */
public final class TargetResolver {

  /** Where the loaded classes come from ({@code Instrumentation::getAllLoadedClasses}). */
  public interface LoadedClasses {
    /** Every class currently loaded. */
    Class<?>[] all();
  }

  /** Why a request cannot be recorded; the message is one line for the server and the user. */
  public static final class Unresolvable extends Exception {
    private static final long serialVersionUID = 1L;

    Unresolvable(String message) {
      super(message);
    }
  }

  private static final Pattern CLASS_NAME =
      Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
  private static final Pattern METHOD_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");
  private static final String[] REFUSED_PREFIXES = {"java.", "javax.", "jdk.", "sun.", "com.sun.",
      "dev.flamefix.agent.", "dev.flamefix.recording.", "net.bytebuddy.", "com.esotericsoftware.",
      "org.objenesis.", "one.profiler."};

  private final LoadedClasses loaded;

  public TargetResolver(LoadedClasses loaded) {
    this.loaded = loaded;
  }

  /** Resolves {@code com.acme.Foo#bar(int)} or {@code com.acme.Foo#bar}. */
  public RecordingTarget resolve(String spec) throws Unresolvable {
    String compact = spec.replace(" ", "");
    int hash = compact.indexOf('#');
    int paren = compact.indexOf('(');
    String className = hash < 0 ? "" : compact.substring(0, hash);
    String methodName = hash < 0 ? "" : compact.substring(hash + 1, paren < 0 ? compact.length()
        : paren);
    if (!CLASS_NAME.matcher(className).matches() || !METHOD_NAME.matcher(methodName).matches()
        || paren >= 0 && (paren < hash || !compact.endsWith(")"))) {
      throw new Unresolvable("not a method (expected com.acme.Foo#bar or "
          + "com.acme.Foo#bar(java.lang.String,int)): " + shorten(spec));
    }
    for (String prefix : REFUSED_PREFIXES) {
      if (className.startsWith(prefix)) {
        throw new Unresolvable("refusing to record " + className + ": JDK and agent classes are "
            + "never instrumented");
      }
    }
    Class<?> type = loadedClass(className);
    Method[] declared;
    try {
      declared = type.getDeclaredMethods();
    } catch (LinkageError e) {
      throw new Unresolvable("cannot list the methods of " + className + " ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
    List<Method> named = new ArrayList<Method>();
    for (Method method : declared) {
      if (method.getName().equals(methodName) && !method.isBridge() && !method.isSynthetic()) {
        named.add(method);
      }
    }
    if (named.isEmpty()) {
      throw new Unresolvable(className + " declares no method " + methodName
          + " (constructors and inherited methods are not recorded)");
    }
    Method chosen = null;
    if (paren < 0) {
      if (named.size() > 1) {
        throw new Unresolvable(className + "#" + methodName + " is overloaded; name one of "
            + keys(named));
      }
      chosen = named.get(0);
    } else {
      for (Method method : named) {
        if (MethodKey.of(method).equals(compact)) {
          chosen = method;
        }
      }
      if (chosen == null) {
        throw new Unresolvable("no method " + shorten(compact) + "; " + className + " has "
            + keys(named));
      }
    }
    if (Modifier.isAbstract(chosen.getModifiers()) || Modifier.isNative(chosen.getModifiers())) {
      throw new Unresolvable(MethodKey.of(chosen) + " has no bytecode to instrument (abstract or "
          + "native)");
    }
    return new RecordingTarget(type, chosen, MethodKey.of(chosen));
  }

  private Class<?> loadedClass(String className) throws Unresolvable {
    List<Class<?>> matches = new ArrayList<Class<?>>();
    for (Class<?> type : loaded.all()) {
      if (type.getName().equals(className)) {
        matches.add(type);
      }
    }
    if (matches.isEmpty()) {
      throw new Unresolvable("class " + className + " is not loaded in this JVM (a class loads "
          + "when first used; request again once the application has run it)");
    }
    if (matches.size() > 1) {
      throw new Unresolvable("class " + className + " is loaded by " + matches.size()
          + " class loaders; recording instruments exactly one class");
    }
    Class<?> type = matches.get(0);
    if (type.getClassLoader() == null) {
      throw new Unresolvable("refusing to record " + className + ": it is a bootstrap class");
    }
    if (type.isInterface() || type.isArray() || type.isPrimitive()) {
      throw new Unresolvable(className + " is not a class with method bodies");
    }
    return type;
  }

  private static String keys(List<Method> methods) {
    StringBuilder out = new StringBuilder();
    for (Method method : methods) {
      out.append(out.length() == 0 ? "" : ", ").append(MethodKey.of(method));
    }
    return out.toString();
  }

  private static String shorten(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
