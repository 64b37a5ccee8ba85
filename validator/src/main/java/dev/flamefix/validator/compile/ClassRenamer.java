package dev.flamefix.validator.compile;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.expr.PatternExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Renames the top-level class of a compilation unit, and every reference to it, so the candidate
 * can be compiled and loaded next to the original ({@code Foo} becomes {@code Foo__candidate}).
 *
 * <p>References are found on the syntax tree (declaration, constructor, field, local, parameter
 * and return types, casts, type arguments and bounds, arrays, {@code Foo.class}, {@code Foo.this},
 * {@code Foo::new}, static member access, {@code Foo.Inner}, the package-qualified name, and
 * imports of its own members) and replaced in the source text at their positions. Nothing else
 * is reprinted, so every line keeps its number and layout: compiler errors and the coverage
 * gate's changed lines point into the source as the caller gave it. (JavaParser's lexical
 * preserving printer, used before, silently kept the old name in field and local declaration
 * types.)
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
      unit = parse(source);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("candidate does not parse: " + e.getMessage(), e);
    }
    if (unit.getTypes().stream().noneMatch(t -> t.getNameAsString().equals(simpleName))) {
      throw new IllegalArgumentException("source declares no top-level type " + simpleName);
    }
    References refs = new References(unit, simpleName);
    TreeSet<Position> at = new TreeSet<>();
    for (SimpleName name : unit.findAll(SimpleName.class)) {
      if (name.getIdentifier().equals(simpleName) && refs.isType(name)) {
        name.getEnd().ifPresent(at::add);
      }
    }
    for (Name name : unit.findAll(Name.class)) {
      if (name.getIdentifier().equals(simpleName) && refs.isType(name)) {
        // a qualified name begins at its qualifier and ends with its identifier
        name.getEnd().ifPresent(at::add);
      }
    }
    return replaceAt(source, at, simpleName, newName);
  }

  /** Replaces the identifier {@code old} ending at each position, last first. */
  private static String replaceAt(String source, TreeSet<Position> at, String old, String repl) {
    List<Integer> lineStarts = lineStarts(source);
    StringBuilder out = new StringBuilder(source);
    for (Position p : at.descendingSet()) {
      int offset = lineStarts.get(p.line - 1) + p.column - old.length();
      if (!source.startsWith(old, offset)) {
        // A name spelled with unicode escapes: positions no longer match characters.
        throw new IllegalArgumentException("cannot rename " + old + " at line " + p.line
            + ", column " + p.column + ": the source spells it differently");
      }
      out.replace(offset, offset + old.length(), repl);
    }
    return out.toString();
  }

  private static List<Integer> lineStarts(String s) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  /** Which occurrences of the class's simple name in one unit name the class itself. */
  private static final class References {
    private final String simpleName;
    private final String pkg;
    /** A variable with the class's name makes {@code Bar.x} ambiguous; Java picks the variable. */
    private final boolean shadowed;

    References(CompilationUnit unit, String simpleName) {
      this.simpleName = simpleName;
      this.pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
      this.shadowed = unit.findAll(VariableDeclarator.class).stream()
          .anyMatch(v -> v.getNameAsString().equals(simpleName))
          || unit.findAll(Parameter.class).stream()
              .anyMatch(v -> v.getNameAsString().equals(simpleName))
          || unit.findAll(PatternExpr.class).stream()
              .anyMatch(v -> v.toString().endsWith(" " + simpleName));
    }

    boolean isType(SimpleName name) {
      Optional<Node> parent = name.getParentNode();
      if (parent.isEmpty()) {
        return false;
      }
      Node p = parent.get();
      if (p instanceof TypeDeclaration<?> t) {
        return t.isTopLevelType();
      }
      if (p instanceof ConstructorDeclaration || p instanceof CompactConstructorDeclaration) {
        return true;
      }
      if (p instanceof ClassOrInterfaceType t) {
        return t.getScope().map(s -> s.asString().equals(pkg)).orElse(true);
      }
      if (p instanceof NameExpr e) {
        return !shadowed && isScope(e);
      }
      if (p instanceof FieldAccessExpr f) {
        // acme.Bar.LIMIT: the class qualified by its package
        return !pkg.isEmpty() && f.getName() == name && f.getScope().toString().equals(pkg)
            && isScope(f);
      }
      return false;
    }

    /** Qualified names: imports of the class's members, {@code Bar.this}, annotations. */
    boolean isType(Name name) {
      if (name.findAncestor(PackageDeclaration.class).isPresent()) {
        return false;
      }
      return name.getQualifier().map(q -> q.asString().equals(pkg)).orElse(!pkg.isEmpty()
          ? name.findAncestor(com.github.javaparser.ast.ImportDeclaration.class).isEmpty()
          : true);
    }

    private static boolean isScope(Node e) {
      Optional<Node> parent = e.getParentNode();
      if (parent.isEmpty()) {
        return false;
      }
      Node p = parent.get();
      return p instanceof FieldAccessExpr f && f.getScope() == e
          || p instanceof MethodCallExpr m && m.getScope().filter(s -> s == e).isPresent()
          || p instanceof MethodReferenceExpr r && r.getScope() == e;
    }
  }
}
