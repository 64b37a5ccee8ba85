package dev.flamefix.optimizer.splice;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import java.util.Optional;

/**
 * What of a class other code may depend on, and the refusals that name it. Public and protected
 * members are contract; so is everything of an interface but its private methods; package-private
 * members are contract unless the package's other files are known ({@link PackageUsers}) and none
 * mentions the member.
 */
final class Contract {
  private final TypeDeclaration<?> type;
  private final Optional<PackageUsers> users;

  Contract(TypeDeclaration<?> type, Optional<PackageUsers> users) {
    this.type = type;
    this.users = users;
  }

  boolean isInterface() {
    return type.isClassOrInterfaceDeclaration() && type.asClassOrInterfaceDeclaration().isInterface();
  }

  /** E.g. {@code public method foo(int)}. */
  String describe(MethodDeclaration m) {
    return access(m) + " method " + Splicer.signature(m);
  }

  /** A member's kind and name, for messages. */
  String name(BodyDeclaration<?> member) {
    if (member instanceof MethodDeclaration m) return describe(m);
    if (member instanceof CallableDeclaration<?> c) return "constructor " + Splicer.signature(c);
    if (member instanceof FieldDeclaration f) return "field " + f.getVariable(0).getNameAsString();
    if (member instanceof TypeDeclaration<?> t) return "nested type " + t.getNameAsString();
    return "an initializer block";
  }

  /**
   * Refuses a change to the non-target method {@code original} that other code could notice
   * without the change being compared: a new signature, modifiers, annotations or throws of a
   * member other code may call. A new body behind an unchanged declaration is a helper change,
   * whatever its access: the validator compares the method on its own against the original, so
   * callers elsewhere get the behaviour that was checked. Private methods may change their
   * declaration too (nothing outside the class sees it and the class is compiled as a whole).
   */
  void refuseChange(MethodDeclaration original, boolean signatureChanged, boolean annotationsChanged) {
    String access = access(original);
    if (access.equals("private") || !(signatureChanged || annotationsChanged)) {
      return;
    }
    String what = (signatureChanged ? "the signature of " : "the annotations of ") + describe(original);
    if (access.equals("package-private")) {
      String sig = Splicer.signature(original);
      if (users.isEmpty()) {
        throw new SpliceRejectedException("refused: the answer changes " + what
            + "; without the source root, package-private members count as contract");
      }
      users.get().userOf(original.getNameAsString()).ifPresent(file -> {
        throw new SpliceRejectedException("refused: the answer changes " + what + ", which " + file
            + " also uses (" + sig + " is part of the package's contract)");
      });
      return;
    }
    throw new SpliceRejectedException("refused: the answer changes " + what
        + ", which is part of the class's contract; only method bodies may change");
  }

  /**
   * Refuses a new method that widens the contract. Private methods are fine; so are
   * package-private static ones (nothing can use them yet and, being static, they override
   * nothing).
   */
  void refuseAddition(MethodDeclaration m, String what) {
    boolean ok = m.isPrivate() || (!isInterface() && !m.isPublic() && !m.isProtected() && m.isStatic());
    if (!ok) {
      throw new SpliceRejectedException("refused: the answer adds " + access(m) + " " + what
          + " to the class's contract; new methods must be private");
    }
  }

  /** Refuses a change to field {@code name} unless the field is private to the class. */
  void refuseFieldChange(FieldDeclaration original, String name) {
    String access = access(original);
    if (access.equals("private")) return;
    if (access.equals("package-private") && users.isPresent()) {
      Optional<String> user = users.get().userOf(name);
      if (user.isEmpty()) return;
      throw new SpliceRejectedException("refused: the answer changes field " + name
          + " that other code reads (" + user.get() + ")");
    }
    throw new SpliceRejectedException("refused: the answer changes " + access + " field " + name
        + " that other code reads" + (access.equals("package-private")
            ? " (without the source root, package-private members count as contract)" : ""));
  }

  private String access(NodeWithModifiers<?> member) {
    if (member.hasModifier(com.github.javaparser.ast.Modifier.Keyword.PRIVATE)) return "private";
    if (isInterface() || member.hasModifier(com.github.javaparser.ast.Modifier.Keyword.PUBLIC)) return "public";
    if (member.hasModifier(com.github.javaparser.ast.Modifier.Keyword.PROTECTED)) return "protected";
    return "package-private";
  }
}
