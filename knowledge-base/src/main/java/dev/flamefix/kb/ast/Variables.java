package dev.flamefix.kb.ast;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where a variable name is read, written and declared. Names are compared as spelled. */
public final class Variables {
  // UnaryExpr.isPrefix() is true for every non-postfix operator (-x, !x too), so name the four.
  private static final Set<UnaryExpr.Operator> INCREMENTS = EnumSet.of(UnaryExpr.Operator.PREFIX_INCREMENT,
      UnaryExpr.Operator.PREFIX_DECREMENT, UnaryExpr.Operator.POSTFIX_INCREMENT, UnaryExpr.Operator.POSTFIX_DECREMENT);

  private Variables() {}

  /** Every {@link NameExpr} spelling {@code name} inside {@code scope}, reads and writes alike. */
  public static List<NameExpr> uses(Node scope, String name) {
    return scope.findAll(NameExpr.class, n -> n.getNameAsString().equals(name));
  }

  /** Is {@code use} written to: the target of an assignment (compound ones too) or of {@code ++}/{@code --}? */
  public static boolean isWrite(NameExpr use) {
    Optional<Node> p = use.getParentNode();
    if (p.isEmpty()) {
      return false;
    }
    if (p.get() instanceof AssignExpr a && a.getTarget() == use) {
      return true;
    }
    return p.get() instanceof UnaryExpr u && INCREMENTS.contains(u.getOperator());
  }

  /** Is {@code name} assigned, incremented or decremented anywhere inside {@code scope}? */
  public static boolean isWrittenIn(Node scope, String name) {
    return uses(scope, name).stream().anyMatch(Variables::isWrite);
  }

  /** Does {@code scope} declare a local, loop variable or (lambda, catch, method) parameter called {@code name}? */
  public static boolean isDeclaredIn(Node scope, String name) {
    return !scope.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name)).isEmpty()
        || !scope.findAll(Parameter.class, p -> p.getNameAsString().equals(name)).isEmpty();
  }

  /**
   * The single local variable called {@code name} in {@code method}, if the name is declared
   * exactly once there, is no parameter, and no field of the enclosing types shares it (so every
   * {@link NameExpr} with that name after the declaration means this variable).
   */
  public static Optional<VariableDeclarator> uniqueLocal(MethodDeclaration method, String name) {
    List<VariableDeclarator> decls = method.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name));
    if (decls.size() != 1) {
      return Optional.empty();
    }
    if (!method.findAll(Parameter.class, p -> p.getNameAsString().equals(name)).isEmpty()) {
      return Optional.empty();
    }
    if (shadowsField(method, name)) {
      return Optional.empty();
    }
    VariableDeclarator v = decls.get(0);
    if (v.getParentNode().filter(p -> p instanceof FieldDeclaration).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(v);
  }

  /** Does a type around {@code node} declare a field called {@code name}, so the name may mean that field? */
  public static boolean shadowsField(Node node, String name) {
    for (Optional<Node> p = node.getParentNode(); p.isPresent(); p = p.get().getParentNode()) {
      if (p.get() instanceof TypeDeclaration<?> t && t.getFieldByName(name).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
