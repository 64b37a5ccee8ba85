package dev.flamefix.validator.compile;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.util.Optional;

/**
 * Renames the top-level class of a compilation unit, and every reference to it, so the candidate
 * can be compiled and loaded next to the original ({@code Foo} becomes {@code Foo__candidate}).
 * Layout is preserved, so compiler line numbers still point into the source as the caller gave it.
 */
public final class ClassRenamer {

  private ClassRenamer() {}

  /** Parses Java 17 source, or throws {@link IllegalArgumentException} with the parse problems. */
  public static CompilationUnit parse(String source) {
    ParserConfiguration config = new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
    try {
      return new com.github.javaparser.JavaParser(config).parse(source).getResult()
          .filter(cu -> cu.getParsed() == Node.Parsedness.PARSED)
          .orElseThrow(() -> new IllegalArgumentException("source does not parse"));
    } catch (ParseProblemException e) {
      throw new IllegalArgumentException("source does not parse: " + e.getMessage(), e);
    }
  }

  /** The package declared by {@code source}, or {@code ""}. */
  public static String packageOf(String source) {
    return parse(source).getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
  }

  /**
   * Returns {@code source} with top-level type {@code simpleName} renamed to {@code newName}.
   *
   * @throws IllegalArgumentException when the source does not parse or has no such type
   */
  public static String rename(String source, String simpleName, String newName) {
    CompilationUnit unit;
    try {
      unit = LexicalPreservingPrinter.setup(parse(source));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("candidate does not parse: " + e.getMessage(), e);
    }
    Optional<TypeDeclaration<?>> type = unit.getTypes().stream()
        .filter(t -> t.getNameAsString().equals(simpleName)).findFirst();
    if (type.isEmpty()) {
      throw new IllegalArgumentException("source declares no top-level type " + simpleName);
    }
    for (SimpleName name : unit.findAll(SimpleName.class)) {
      if (name.getIdentifier().equals(simpleName) && refersToType(name)) {
        name.setIdentifier(newName);
      }
    }
    for (Name name : unit.findAll(Name.class)) {
      // Qualified type names in this.x / annotations; package names never equal the class name.
      if (name.getIdentifier().equals(simpleName)
          && name.getParentNode().filter(p -> !(p instanceof Name)).isPresent()
          && !(name.getParentNode().get() instanceof com.github.javaparser.ast.PackageDeclaration)
          && !(name.getParentNode().get() instanceof com.github.javaparser.ast.ImportDeclaration)) {
        name.setIdentifier(newName);
      }
    }
    return LexicalPreservingPrinter.print(unit);
  }

  private static boolean refersToType(SimpleName name) {
    Optional<Node> parent = name.getParentNode();
    if (parent.isEmpty()) {
      return false;
    }
    Node p = parent.get();
    return p instanceof TypeDeclaration<?> && ((TypeDeclaration<?>) p).isTopLevelType()
        || p instanceof ConstructorDeclaration
        || p instanceof com.github.javaparser.ast.body.CompactConstructorDeclaration
        || p instanceof ClassOrInterfaceType
        || p instanceof NameExpr;
  }
}
