package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.flamefix.kb.ast.Variables;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parameters a recursive function hands unchanged to every self-call ({@code count(ops, from,
 * root)}): within one outside call they are fixed, so a per-call memo need not key on them, as long
 * as the body only reads them. Read-only means: primitives in expressions, {@code String} through
 * {@code charAt/length/isEmpty}, {@code java.util.List} through {@code get/size/isEmpty}, arrays
 * through element reads and {@code length} (never an element write), and passing them on to the
 * self-call in the same position.
 */
final class MemoInvariantParameters {
  private static final Map<String, Set<String>> READS = Map.of(
      "java.lang.String", Set.of("charAt", "length", "isEmpty"),
      "java.util.List", Set.of("get", "size", "isEmpty"));

  private MemoInvariantParameters() {}

  /** Names of the parameters of {@code method} that every self-call passes through unchanged and the body never assigns. */
  static Set<String> of(MethodDeclaration method, List<MethodCallExpr> selfCalls) {
    Set<String> out = new HashSet<>();
    if (selfCalls.isEmpty() || method.getBody().isEmpty()) return out;
    List<Parameter> params = method.getParameters();
    for (int i = 0; i < params.size(); i++) {
      String name = params.get(i).getNameAsString();
      int index = i;
      boolean passedOn = selfCalls.stream().allMatch(c -> c.getArgument(index) instanceof NameExpr n && n.getNameAsString().equals(name));
      if (passedOn && !Variables.isWrittenIn(method.getBody().get(), name) && readableType(params.get(i))) out.add(name);
    }
    return out;
  }

  private static boolean readableType(Parameter p) {
    if (p.getType().isPrimitiveType()) return true;
    if (p.getType().isArrayType()) return p.getType().getElementType().isPrimitiveType();
    try {
      return READS.containsKey(Ast.erasure(p.getType().resolve().describe()));
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  /** A use of invariant {@code n} that only reads it. */
  static boolean isRead(NameExpr n, Set<String> invariant, List<MethodCallExpr> selfCalls) {
    Optional<Node> parent = n.getParentNode();
    if (parent.isEmpty()) return false;
    if (parent.get() instanceof MethodCallExpr c && selfCalls.contains(c)) {
      int at = c.getArguments().indexOf(n);
      return at >= 0 && parameterAt(n, at).map(p -> p.equals(n.getNameAsString())).orElse(false);
    }
    if (parent.get() instanceof MethodCallExpr c && c.getScope().map(s -> s == n).orElse(false)) return isReadCall(c, invariant);
    if (parent.get() instanceof FieldAccessExpr f) return isRead(f, invariant);
    if (parent.get() instanceof ArrayAccessExpr a && a.getName() == n) return isRead(a, invariant);
    return Ast.typeOf(n).map(t -> !t.contains(".") && !t.endsWith("]")).orElse(false);
  }

  private static Optional<String> parameterAt(Node n, int index) {
    return n.findAncestor(MethodDeclaration.class).filter(m -> index < m.getParameters().size())
        .map(m -> m.getParameter(index).getNameAsString());
  }

  /** {@code a.length} on an invariant array. */
  static boolean isRead(FieldAccessExpr f, Set<String> invariant) {
    return f.getNameAsString().equals("length") && root(f.getScope()).map(invariant::contains).orElse(false);
  }

  /** An element read (not an assignment or increment target) of an invariant array. */
  static boolean isRead(ArrayAccessExpr a, Set<String> invariant) {
    if (!root(a).map(invariant::contains).orElse(false)) return false;
    Optional<Node> p = a.getParentNode();
    if (p.isEmpty()) return false;
    if (p.get() instanceof AssignExpr as && as.getTarget() == a) return false;
    return !(p.get() instanceof UnaryExpr u && u.getOperator() != UnaryExpr.Operator.MINUS && u.getOperator() != UnaryExpr.Operator.PLUS
        && u.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT && u.getOperator() != UnaryExpr.Operator.BITWISE_COMPLEMENT);
  }

  private static Optional<String> root(Expression e) {
    Expression x = e;
    while (x instanceof ArrayAccessExpr a) x = a.getName();
    return x instanceof NameExpr n ? Optional.of(n.getNameAsString()) : Optional.empty();
  }

  /** A read-only JDK call on an invariant String or List parameter. */
  static boolean isReadCall(MethodCallExpr c, Set<String> invariant) {
    if (!(c.getScope().orElse(null) instanceof NameExpr s) || !invariant.contains(s.getNameAsString())) return false;
    return Ast.typeOf(s).map(t -> READS.getOrDefault(Ast.erasure(t), Set.of()).contains(c.getNameAsString())).orElse(false);
  }

  /** A {@code static final} primitive or String field of {@code type} initialised with a literal: a constant. */
  static boolean isConstant(NameExpr n, TypeDeclaration<?> type) {
    Optional<FieldDeclaration> f = type.getFieldByName(n.getNameAsString());
    if (f.isEmpty() || !f.get().isStatic() || !f.get().isFinal()) return false;
    VariableDeclarator v = f.get().getVariables().stream().filter(d -> d.getNameAsString().equals(n.getNameAsString())).findFirst().orElseThrow();
    boolean valueType = v.getType().isPrimitiveType() || v.getType().asString().equals("String");
    Expression init = v.getInitializer().orElse(null);
    if (init instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) init = u.getExpression();
    return valueType && init instanceof LiteralExpr;
  }
}
