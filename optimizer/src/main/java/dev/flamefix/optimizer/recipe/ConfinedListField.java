package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.flamefix.kb.ast.Variables;
import java.util.Optional;

/**
 * A list held in a field that a loop body cannot modify: the field is {@code private final} in the
 * method's own class (no other code can reassign it, and only this class can reach it), the name
 * is not shadowed by a local or parameter, and the body neither mentions {@code this} nor makes
 * any call that takes arguments other than the {@code get(i)} being rewritten (so nothing it calls
 * can be handed a path back to the list).
 */
final class ConfinedListField {
  private ConfinedListField() {}

  /** Declared type of field {@code name} if the checks above hold for {@code body}, else empty. */
  static Optional<String> declaredType(MethodDeclaration method, String name, Node body) {
    if (method.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) return Optional.empty();
    if (Variables.isDeclaredIn(method, name)) return Optional.empty();
    if (!body.findAll(ThisExpr.class).isEmpty()) return Optional.empty();
    boolean callsWithArgs = body.findAll(MethodCallExpr.class).stream()
        .anyMatch(c -> !c.getArguments().isEmpty() && !isGetOnList(c, name));
    if (callsWithArgs) return Optional.empty();
    Optional<Node> owner = method.getParentNode();
    if (owner.isEmpty() || !(owner.get() instanceof TypeDeclaration<?> type)) return Optional.empty();
    for (FieldDeclaration f : type.getFields()) {
      if (!f.isPrivate() || !f.isFinal()) continue;
      for (VariableDeclarator v : f.getVariables()) {
        if (v.getNameAsString().equals(name)) return Optional.of(v.getType().asString());
      }
    }
    return Optional.empty();
  }

  private static boolean isGetOnList(MethodCallExpr c, String list) {
    return c.getNameAsString().equals("get") && c.getArguments().size() == 1
        && c.getScope().map(s -> s.isNameExpr() && s.asNameExpr().getNameAsString().equals(list)).orElse(false);
  }
}
