package dev.flamefix.validator.support;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.flamefix.validator.compile.ClassRenamer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helpers: the shared example's source and splicing rewritten methods into it. */
public final class Sources {

  /** The example class everything is checked against. */
  public static final String ORDER_ANALYTICS = "dev.flamefix.examples.orders.OrderAnalytics";

  private Sources() {}

  /** The example class of the log-parsing soundness tests. */
  public static final String LOG_DIGEST = "dev.flamefix.examples.logs.LogDigest";

  /** The original source of OrderAnalytics, read from the examples module. */
  public static String orderAnalytics() {
    return example(ORDER_ANALYTICS);
  }

  /** The source of an examples-module class, by its fully-qualified name. */
  public static String example(String className) {
    Path path = Path.of("../examples/src/main/java/" + className.replace('.', '/') + ".java");
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("run tests from the validator module directory", e);
    }
  }

  /** The examples module's compiled classes (where Order lives). */
  public static List<Path> exampleClassPath() {
    try {
      return List.of(Path.of(Class.forName("dev.flamefix.examples.orders.Order")
          .getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A test resource as text. */
  public static String resource(String name) {
    try (var in = Sources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code source} with the method named {@code name} (the only one by that name) replaced by
   * {@code replacement}, and {@code extraMembers} added to the class; {@code imports} are
   * added after the package line.
   */
  public static String splice(String source, String name, String replacement, String extraMembers,
      String imports) {
    CompilationUnit unit = ClassRenamer.parse(source);
    TypeDeclaration<?> type = unit.getType(0);
    List<MethodDeclaration> methods = type.getMethodsByName(name);
    if (methods.size() != 1) {
      throw new IllegalArgumentException("expected one method " + name + ", found " + methods.size());
    }
    MethodDeclaration m = methods.get(0);
    int begin = offset(source, m.getBegin().get().line, m.getBegin().get().column);
    // Javadoc belongs to the method range start in JavaParser only via comment; keep it.
    int end = offset(source, m.getEnd().get().line, m.getEnd().get().column) + 1;
    String out = source.substring(0, begin) + replacement.strip() + source.substring(end);
    if (extraMembers != null && !extraMembers.isBlank()) {
      int close = out.lastIndexOf('}');
      out = out.substring(0, close) + "\n" + extraMembers + "\n}\n";
    }
    if (imports != null && !imports.isBlank()) {
      int semicolon = out.indexOf(';', out.indexOf("package ")) + 1;
      out = out.substring(0, semicolon) + "\n" + imports + out.substring(semicolon);
    }
    return out;
  }

  private static int offset(String source, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      offset = source.indexOf('\n', offset) + 1;
    }
    return offset + column - 1;
  }
}
