package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.flamefix.kb.ast.Variables;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a reflective object ({@code Method}, {@code Field}, {@code Constructor}, {@code
 * RecordComponent}, or an array of them) flows, to decide whether sharing one instance across
 * lookups is unobservable. The JDK hands out a fresh copy per lookup whose only mutable state is
 * the accessibility flag; identity and that flag are what sharing could change, so every use must
 * be a call that neither compares identity nor lets the object escape.
 */
final class ReflectiveUses {
  /** Calls that read a member or act on a target object, never on the member's own state. */
  private static final Set<String> MEMBER_CALLS = Set.of("invoke", "newInstance", "get", "getInt", "getLong",
      "getDouble", "getFloat", "getBoolean", "getShort", "getByte", "getChar", "set", "setInt", "setLong", "setDouble",
      "setFloat", "setBoolean", "setShort", "setByte", "setChar", "getName", "getType", "getGenericType",
      "getReturnType", "getParameterTypes", "getParameterCount", "getModifiers", "getDeclaringClass",
      "isAnnotationPresent", "getAnnotation", "isSynthetic", "isVarArgs", "canAccess");

  private ReflectiveUses() {}

  /**
   * Is every use of the lookup result {@code value} safe to share: a member call from {@link
   * #MEMBER_CALLS} on it, a {@code getAccessor()} whose result is used likewise, or the initializer
   * of a local that is never reassigned and whose every use is safe. For a single member, a {@code
   * x.setAccessible(true);} statement directly after {@code x}'s declaration is allowed too: every
   * later use then sees the flag set in the original and in the shared copy alike.
   */
  static boolean safe(Expression value, MethodDeclaration method, boolean array) {
    Node parent = value.getParentNode().orElse(null);
    if (parent instanceof MethodCallExpr call && call.getScope().map(s -> s == value).orElse(false)) {
      return !array && memberCall(call, method);
    }
    if (parent instanceof FieldAccessExpr fa && array) {
      return fa.getNameAsString().equals("length");
    }
    if (parent instanceof ArrayAccessExpr aa && array && aa.getName() == value) {
      // Every call hands out its own clone, so storing into it touches nothing shared.
      boolean store = aa.getParentNode().orElse(null) instanceof AssignExpr a && a.getTarget() == aa;
      return store || safe(aa, method, false);
    }
    if (parent instanceof ForEachStmt fe && array && fe.getIterable() == value) {
      return forEachElementSafe(fe, method);
    }
    if (parent instanceof VariableDeclarator v && v.getInitializer().map(i -> i == value).orElse(false)) {
      return safeLocal(v, method, array);
    }
    return false;
  }

  private static boolean memberCall(MethodCallExpr call, MethodDeclaration method) {
    String name = call.getNameAsString();
    if (name.equals("getAccessor") && call.getArguments().isEmpty()) return safe(call, method, false);
    return MEMBER_CALLS.contains(name);
  }

  private static boolean safeLocal(VariableDeclarator v, MethodDeclaration method, boolean array) {
    String name = v.getNameAsString();
    if (Variables.uniqueLocal(method, name).isEmpty() || Variables.isWrittenIn(method, name)) return false;
    Optional<Statement> setAccessible = array ? Optional.empty() : nextStatement(v).filter(s -> isSetAccessibleTrue(s, name));
    for (NameExpr use : Variables.uses(method, name)) {
      if (setAccessible.isPresent() && Ast.isInside(use, setAccessible.get())) continue;
      if (!safe(use, method, array)) return false;
    }
    return true;
  }

  private static boolean forEachElementSafe(ForEachStmt fe, MethodDeclaration method) {
    if (fe.getVariable().getVariables().size() != 1) return false;
    String element = fe.getVariable().getVariable(0).getNameAsString();
    if (Variables.isWrittenIn(fe.getBody(), element) || Variables.isDeclaredIn(fe.getBody(), element)) return false;
    List<NameExpr> uses = Variables.uses(fe.getBody(), element);
    return uses.stream().allMatch(u -> safe(u, method, false));
  }

  /** The statement after {@code v}'s single-variable declaration statement in the same block. */
  private static Optional<Statement> nextStatement(VariableDeclarator v) {
    if (!(v.getParentNode().orElse(null) instanceof VariableDeclarationExpr d) || d.getVariables().size() != 1) return Optional.empty();
    if (!(d.getParentNode().orElse(null) instanceof ExpressionStmt stmt)) return Optional.empty();
    if (!(stmt.getParentNode().orElse(null) instanceof BlockStmt block)) return Optional.empty();
    int i = block.getStatements().indexOf(stmt);
    return i + 1 < block.getStatements().size() ? Optional.of(block.getStatement(i + 1)) : Optional.empty();
  }

  private static boolean isSetAccessibleTrue(Statement s, String name) {
    return s instanceof ExpressionStmt es && es.getExpression() instanceof MethodCallExpr c
        && c.getNameAsString().equals("setAccessible") && c.getArguments().size() == 1
        && c.getArgument(0) instanceof BooleanLiteralExpr b && b.getValue()
        && c.getScope().filter(x -> x instanceof NameExpr n && n.getNameAsString().equals(name)).isPresent();
  }
}
