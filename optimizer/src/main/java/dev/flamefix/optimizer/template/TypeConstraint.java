package dev.flamefix.optimizer.template;

import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;

/**
 * What a hole demands of the type of the code it binds, as the case's code showed it: a
 * primitive of the same kind, a JDK type (the bound code's type must be that type or a JDK subtype
 * of it, so a user class with its own {@code contains} never stands in for a {@code List}), an
 * array of a constrained component, or any reference type (the case's type was a user type).
 *
 * @param kind what is demanded
 * @param name the primitive's name or the JDK type's qualified name; null otherwise
 * @param component the component's constraint for arrays; null otherwise
 */
public record TypeConstraint(Kind kind, String name, TypeConstraint component) {

  /** Kinds of demand. */
  public enum Kind { PRIMITIVE, JDK, ARRAY, REFERENCE }

  /** The constraint a case's resolved type stands for, or null when nothing can be said. */
  static TypeConstraint of(ResolvedType t) {
    if (t == null) return null;
    if (t.isPrimitive()) return new TypeConstraint(Kind.PRIMITIVE, t.asPrimitive().describe(), null);
    if (t.isArray()) {
      TypeConstraint c = of(t.asArrayType().getComponentType());
      return c == null ? null : new TypeConstraint(Kind.ARRAY, null, c);
    }
    if (t.isReferenceType()) {
      String qn = t.asReferenceType().getQualifiedName();
      return isJdk(qn) ? new TypeConstraint(Kind.JDK, qn, null) : new TypeConstraint(Kind.REFERENCE, null, null);
    }
    return null;
  }

  /** Whether {@code t}, the bound code's resolved type, meets this constraint. */
  boolean admits(ResolvedType t) {
    if (t == null) return false;
    return switch (kind) {
      case PRIMITIVE -> t.isPrimitive() && t.asPrimitive().describe().equals(name);
      case ARRAY -> t.isArray() && component.admits(t.asArrayType().getComponentType());
      case REFERENCE -> t.isReferenceType() || t.isArray() || t.isTypeVariable();
      case JDK -> t.isReferenceType() && jdkSubtype(t.asReferenceType());
    };
  }

  private boolean jdkSubtype(ResolvedReferenceType t) {
    String qn = t.getQualifiedName();
    if (qn.equals(name)) return true;
    // A user subtype may override the JDK behaviour the template relies on.
    if (!isJdk(qn)) return false;
    try {
      return t.getAllAncestors().stream().anyMatch(a -> a.getQualifiedName().equals(name));
    } catch (RuntimeException e) {
      return false;
    }
  }

  static boolean isJdk(String qualifiedName) {
    return qualifiedName.startsWith("java.") || qualifiedName.startsWith("javax.");
  }

  @Override
  public String toString() {
    return switch (kind) {
      case PRIMITIVE, JDK -> name;
      case ARRAY -> component + "[]";
      case REFERENCE -> "reference";
    };
  }
}
