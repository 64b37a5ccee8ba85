package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which element types a hash-based collection may stand in for an equality search: the JDK types
 * whose {@code equals} and {@code hashCode} agree by specification, and enums (identity for
 * both). Replacing {@code List.contains} or an {@code equals} scan by a hash lookup is exact only
 * for these; a project class may override {@code equals} without {@code hashCode}, so it is
 * refused.
 */
final class HashKeys {
  private static final Set<String> VALUE_TYPES = Set.of("String", "Integer", "Long", "Short", "Byte", "Character",
      "Boolean", "UUID", "BigInteger", "LocalDate", "LocalDateTime", "LocalTime", "Instant", "Duration");
  private static final Set<String> QUALIFIERS = Set.of("java.lang.", "java.util.", "java.math.", "java.time.");

  private HashKeys() {}

  /** Simple name of a value type whose described (qualified or not) name is {@code described}, or empty. */
  static Optional<String> valueType(String described) {
    String s = described;
    for (String q : QUALIFIERS) {
      if (s.startsWith(q)) s = s.substring(q.length());
    }
    return VALUE_TYPES.contains(s) ? Optional.of(s) : Optional.empty();
  }

  /** The hash-safe simple type name of a resolved type: a value type or an enum. */
  static Optional<String> of(ResolvedType t) {
    if (t == null || !t.isReferenceType()) return Optional.empty();
    Optional<String> v = valueType(t.asReferenceType().getQualifiedName());
    if (v.isPresent()) return v;
    try {
      var decl = t.asReferenceType().getTypeDeclaration();
      if (decl.isPresent() && decl.get().isEnum()) return Optional.of(Ast.simpleType(t.describe()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The hash-safe element type written in {@code type}'s single type argument (resolved), or empty. */
  static Optional<String> elementOf(Type type) {
    if (!(type instanceof ClassOrInterfaceType ct)) return Optional.empty();
    List<Type> args = ct.getTypeArguments().map(List::copyOf).orElse(List.of());
    if (args.size() != 1) return Optional.empty();
    Optional<String> v = valueType(args.get(0).asString());
    if (v.isPresent()) return v;
    try {
      return of(args.get(0).resolve());
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /**
   * Element type of a collection local: from its declared type, or for {@code var} from the
   * explicit type argument of its {@code new} initializer.
   */
  static Optional<String> elementOfLocal(VariableDeclarator v) {
    if (!v.getType().isVarType()) return elementOf(v.getType());
    Optional<Expression> init = v.getInitializer();
    if (init.isPresent() && init.get() instanceof ObjectCreationExpr oc) return elementOf(oc.getType());
    return Optional.empty();
  }

  /** Is {@code name} a parameter of {@code method}? */
  static boolean isParameter(MethodDeclaration method, String name) {
    return method.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name));
  }
}
