package dev.flamefix.server.hotlines;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.flamefix.optimizer.target.JavaSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Finds the source lines of a profiled method under a source root: the file by the standard
 * layout ({@code pkg/Outer.java}, nested classes after {@code $}), then the declaration by name.
 * A profile frame does not tell overloads apart, so among several the one whose lines hold the
 * most samples is meant.
 *
 * @param file the file, relative to the source root
 * @param lines every line of the file
 * @param begin first line of the declaration (1-based)
 * @param end last line of the declaration
 */
record MethodSource(Path file, List<String> lines, int begin, int end) {

  /**
   * @param className binary class name, {@code com.acme.Foo$Inner}
   * @param methodName the method, {@code <init>} for constructors
   * @param samples line → samples of the method, to choose among overloads
   */
  static Optional<MethodSource> find(
      Path root, String className, String methodName, SortedMap<Integer, Long> samples) {
    String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
    Path relative = Path.of(outer.replace('.', '/') + ".java");
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.empty();
    }
    CompilationUnit unit;
    try {
      unit = JavaSources.parse(text, file.toString());
    } catch (RuntimeException e) {
      return Optional.empty(); // a file that does not parse has no method to show
    }
    String[] path = className.substring(className.lastIndexOf('.') + 1).split("\\$");
    Optional<TypeDeclaration<?>> type = typeAt(unit, path);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    List<CallableDeclaration<?>> named = new ArrayList<>();
    for (CallableDeclaration<?> c : type.get().findAll(CallableDeclaration.class)) {
      boolean direct = c.getParentNode().map(p -> p == type.get()).orElse(false);
      boolean matches =
          methodName.equals("<init>") ? c.isConstructorDeclaration() : c.getNameAsString().equals(methodName);
      if (direct && matches && c.getRange().isPresent()) {
        named.add(c);
      }
    }
    CallableDeclaration<?> best = null;
    long bestSamples = -1;
    for (CallableDeclaration<?> c : named) {
      Range r = c.getRange().get();
      long in = samples.subMap(r.begin.line, r.end.line + 1).values().stream().mapToLong(Long::longValue).sum();
      if (in > bestSamples) {
        best = c;
        bestSamples = in;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Range r = best.getRange().get();
    return Optional.of(new MethodSource(relative, text.lines().toList(), r.begin.line, r.end.line));
  }

  private static Optional<TypeDeclaration<?>> typeAt(CompilationUnit unit, String[] path) {
    Node scope = unit;
    TypeDeclaration<?> found = null;
    for (String simple : path) {
      found = null;
      for (Node child : scope.getChildNodes()) {
        if (child instanceof TypeDeclaration<?> t && t.getNameAsString().equals(simple)) {
          found = t;
          break;
        }
      }
      if (found == null) {
        return Optional.empty();
      }
      scope = found;
    }
    return Optional.ofNullable(found);
  }
}
