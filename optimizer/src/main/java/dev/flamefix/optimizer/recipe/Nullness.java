package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import dev.flamefix.kb.ast.Variables;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a value can be null, answered from the code alone. Every answer is "never null" only
 * when a rule proves it; anything the solver cannot resolve counts as "may be null", so a recipe
 * asking before it drops a null check or stops a stream early stays sound.
 */
final class Nullness {
  static final Set<String> PRIMITIVES = Set.of("int", "long", "double", "float", "boolean", "char", "short", "byte");
  private static final int MAX_DEPTH = 3;

  private Nullness() {}

  /**
   * {@code e} never evaluates to null, by its form alone: a non-null literal, a creation, any
   * binary or unary operation (their results are primitives or concatenated Strings), an {@code
   * instanceof}, a cast to a primitive or of a never-null value, a conditional whose branches are
   * both never null, a value of primitive type, or a {@code java.lang.String} method returning
   * {@code String} (none of them returns null).
   */
  static boolean neverNull(Expression e) {
    Expression x = Ast.unwrap(e);
    if (x instanceof LiteralExpr) return !(x instanceof NullLiteralExpr);
    if (x instanceof ObjectCreationExpr || x instanceof ArrayCreationExpr || x instanceof BinaryExpr || x instanceof UnaryExpr
        || x instanceof InstanceOfExpr) return true;
    if (x instanceof ConditionalExpr c) return neverNull(c.getThenExpr()) && neverNull(c.getElseExpr());
    if (x instanceof CastExpr c) return c.getType().isPrimitiveType() || neverNull(c.getExpression());
    if (x instanceof MethodCallExpr c && stringResult(c)) return true;
    return Ast.typeOf(x).map(PRIMITIVES::contains).orElse(false);
  }

  /**
   * {@link #neverNull(Expression)}, or a local of {@code method} that is never written after its
   * declaration and whose initializer is never null (followed through up to three such locals).
   */
  static boolean neverNull(Expression e, MethodDeclaration method) {
    return neverNull(e, method, 0);
  }

  private static boolean neverNull(Expression e, MethodDeclaration method, int depth) {
    if (neverNull(e)) return true;
    if (!(Ast.unwrap(e) instanceof NameExpr n) || depth >= MAX_DEPTH || Variables.isWrittenIn(method, n.getNameAsString())) return false;
    return Variables.uniqueLocal(method, n.getNameAsString()).flatMap(VariableDeclarator::getInitializer)
        .map(i -> neverNull(i, method, depth + 1)).orElse(false);
  }

  /**
   * Every element of {@code collection} is non-null whenever {@code method} reads it: it is a
   * {@code final} field, or a local of {@code method} never written after its declaration, that
   * only ever holds a collection made by {@code List.of/copyOf} or {@code Set.of/copyOf} (or a
   * conditional choosing between such). Those reject null elements when they are made and cannot
   * be added to afterwards.
   */
  static boolean nullFreeElements(Expression collection, MethodDeclaration method) {
    Expression x = Ast.unwrap(collection);
    if (x instanceof NameExpr n && Variables.isDeclaredIn(method, n.getNameAsString())) {
      return !Variables.isWrittenIn(method, n.getNameAsString())
          && Variables.uniqueLocal(method, n.getNameAsString()).flatMap(VariableDeclarator::getInitializer)
              .map(Nullness::immutableCollection).orElse(false);
    }
    if (!(x instanceof NameExpr || x instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr)) return false;
    Optional<VariableDeclarator> field = finalField(x);
    if (field.isEmpty()) return false;
    int holds = 0;
    if (field.get().getInitializer().isPresent()) {
      if (!immutableCollection(field.get().getInitializer().get())) return false;
      holds++;
    }
    Node root = method.findRootNode();
    for (AssignExpr a : root.findAll(AssignExpr.class)) {
      Optional<Boolean> ours = refersTo(a.getTarget(), field.get());
      if (ours.isEmpty()) return false;
      if (!ours.get()) continue;
      if (a.getOperator() != AssignExpr.Operator.ASSIGN || !immutableCollection(a.getValue())) return false;
      holds++;
    }
    return holds > 0;
  }

  /**
   * {@code p.c()} reading a record component ({@link PureReads#isRecordAccessor}): on a never-null
   * {@code p} it has no effect and cannot throw. The component's resolved type, or empty when it is
   * not such a call.
   */
  static Optional<String> recordComponent(MethodCallExpr call) {
    if (!call.getArguments().isEmpty() || call.getScope().isEmpty() || !PureReads.isRecordAccessor(call)) return Optional.empty();
    return Ast.typeOf(call);
  }

  /** A JDK String method that returns a String: none of them returns null. */
  private static boolean stringResult(MethodCallExpr c) {
    try {
      ResolvedMethodDeclaration m = c.resolve();
      return m.declaringType().getQualifiedName().equals("java.lang.String") && m.getReturnType().describe().equals("java.lang.String");
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  private static boolean immutableCollection(Expression e) {
    if (Ast.unwrap(e) instanceof ConditionalExpr c) return immutableCollection(c.getThenExpr()) && immutableCollection(c.getElseExpr());
    if (!(Ast.unwrap(e) instanceof MethodCallExpr c) || !(c.getNameAsString().equals("of") || c.getNameAsString().equals("copyOf"))) {
      return false;
    }
    try {
      String owner = c.resolve().declaringType().getQualifiedName();
      return owner.equals("java.util.List") || owner.equals("java.util.Set");
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  private static Optional<VariableDeclarator> finalField(Expression access) {
    try {
      ResolvedValueDeclaration d = access instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) access).resolve();
      return d.isField() ? PureCalls.finalField(d) : Optional.empty();
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** Does {@code access} mean {@code field}? Empty when the solver cannot tell. */
  static Optional<Boolean> refersTo(Expression access, VariableDeclarator field) {
    if (!(access instanceof NameExpr || access instanceof FieldAccessExpr)) return Optional.of(false);
    try {
      ResolvedValueDeclaration d = access instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) access).resolve();
      if (!d.isField()) return Optional.of(false);
      return Optional.of(d.asField().toAst().map(n -> n == field || n == field.getParentNode().orElse(null)).orElse(false));
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }
}
