package dev.flamefix.optimizer.target;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A method named the way hotspots name it: {@code com.acme.Foo#bar}, or with a parameter list to
 * pick one overload: {@code com.acme.Foo#bar(int,java.lang.String)}. Nested classes are written
 * with dots or dollars ({@code com.acme.Foo.Inner#run}, {@code com.acme.Foo$Inner#run}).
 *
 * @param className binary or canonical class name, {@code $} normalised to {@code .}
 * @param methodName the method's simple name
 * @param parameterTypes the parameter types as written, or empty when no signature was given
 */
public record MethodTarget(String className, String methodName, Optional<List<String>> parameterTypes) {

  public MethodTarget {
    className = className.replace('$', '.');
    parameterTypes = parameterTypes.map(List::copyOf);
  }

  /**
   * Parses {@code pkg.Class#method} or {@code pkg.Class#method(type,type)}.
   *
   * @throws IllegalArgumentException when the text is not in that form
   */
  public static MethodTarget parse(String spec) {
    if (spec == null) {
      throw new IllegalArgumentException("target is null; expected pkg.Class#method");
    }
    String s = spec.strip();
    int hash = s.indexOf('#');
    if (hash <= 0 || hash == s.length() - 1) {
      throw new IllegalArgumentException(
          "target '" + spec + "' must look like com.acme.Foo#bar or com.acme.Foo#bar(int,java.lang.String)");
    }
    String cls = s.substring(0, hash);
    String rest = s.substring(hash + 1);
    int open = rest.indexOf('(');
    if (open < 0) {
      requireIdentifier(rest, spec);
      return new MethodTarget(cls, rest, Optional.empty());
    }
    if (!rest.endsWith(")")) {
      throw new IllegalArgumentException("target '" + spec + "' has an unclosed parameter list");
    }
    String name = rest.substring(0, open);
    requireIdentifier(name, spec);
    String params = rest.substring(open + 1, rest.length() - 1).strip();
    return new MethodTarget(cls, name, Optional.of(params.isEmpty() ? List.of() : splitTopLevel(params)));
  }

  private static void requireIdentifier(String name, String spec) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))
        || !name.chars().allMatch(Character::isJavaIdentifierPart)) {
      throw new IllegalArgumentException("target '" + spec + "' has an invalid method name '" + name + "'");
    }
  }

  /**
   * Splits on commas that are not inside generic brackets ({@code Map<K,V>} stays one type).
   *
   * @param params a comma-separated list of types, such as a parameter list or type arguments
   * @return the stripped parts, unmodifiable
   */
  public static List<String> splitTopLevel(String params) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    for (char c : params.toCharArray()) {
      if (c == '<') depth++;
      if (c == '>') depth--;
      if (c == ',' && depth == 0) {
        out.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString().strip());
    return Collections.unmodifiableList(out);
  }

  /** The simple name of the outermost-to-innermost class path after the package. */
  public String simpleClassName() {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  @Override
  public String toString() {
    return className + "#" + methodName + parameterTypes.map(p -> "(" + String.join(",", p) + ")").orElse("");
  }
}
