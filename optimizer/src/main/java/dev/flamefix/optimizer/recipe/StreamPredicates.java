package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import java.util.Optional;
import java.util.Set;

/**
 * Questions about a stream predicate lambda {@code p -> body} that decide whether a terminal
 * operation may stop early ({@code anyMatch}) where the original ran to the end ({@code count})
 * or selected an element ({@code findFirst}).
 */
final class StreamPredicates {
  /** equals receivers whose equals is the JDK's: no side effect, no exception for any argument. */
  private static final Set<String> JDK_EQUALS = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
      "java.lang.Short", "java.lang.Byte", "java.lang.Character", "java.lang.Boolean", "java.lang.Double", "java.lang.Float");
  private static final Set<BinaryExpr.Operator> CANNOT_THROW = Set.of(BinaryExpr.Operator.PLUS, BinaryExpr.Operator.MINUS,
      BinaryExpr.Operator.MULTIPLY, BinaryExpr.Operator.EQUALS, BinaryExpr.Operator.NOT_EQUALS, BinaryExpr.Operator.LESS,
      BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER, BinaryExpr.Operator.GREATER_EQUALS, BinaryExpr.Operator.AND,
      BinaryExpr.Operator.OR, BinaryExpr.Operator.BINARY_AND, BinaryExpr.Operator.BINARY_OR, BinaryExpr.Operator.XOR);

  private StreamPredicates() {}

  /** The single parameter's name and the returned expression of {@code p -> expr} or {@code p -> { return expr; }}. */
  record Lambda(String param, Expression body) {}

  static Optional<Lambda> lambda(Expression e) {
    if (!(Ast.unwrap(e) instanceof LambdaExpr l) || l.getParameters().size() != 1) return Optional.empty();
    String p = l.getParameter(0).getNameAsString();
    if (l.getBody() instanceof ExpressionStmt es) return Optional.of(new Lambda(p, es.getExpression()));
    if (l.getBody() instanceof BlockStmt b && b.getStatements().size() == 1 && b.getStatement(0) instanceof ReturnStmt r
        && r.getExpression().isPresent()) {
      return Optional.of(new Lambda(p, r.getExpression().get()));
    }
    return Optional.empty();
  }

  /**
   * Evaluating {@code e} always dereferences {@code p} before it can yield a value, so a null
   * element throws inside the predicate and can never be the element a {@code findFirst} selects.
   */
  static boolean alwaysDereferences(Expression e, String p) {
    Expression x = Ast.unwrap(e);
    if (x instanceof MethodCallExpr c) {
      if (c.getScope().isPresent()) {
        Expression scope = Ast.unwrap(c.getScope().get());
        if (isName(scope, p) && !isStatic(c)) return true;
        if (alwaysDereferences(scope, p)) return true;
      }
      return c.getArguments().stream().anyMatch(a -> alwaysDereferences(a, p));
    }
    if (x instanceof FieldAccessExpr f) return isName(Ast.unwrap(f.getScope()), p) || alwaysDereferences(f.getScope(), p);
    if (x instanceof BinaryExpr b) {
      boolean shortCircuit = b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR;
      return alwaysDereferences(b.getLeft(), p) || !shortCircuit && alwaysDereferences(b.getRight(), p);
    }
    if (x instanceof UnaryExpr u) return alwaysDereferences(u.getExpression(), p);
    if (x instanceof CastExpr c) return alwaysDereferences(c.getExpression(), p);
    return false;
  }

  /** What a stream's elements can be: primitives, references that are never null, or any reference. */
  enum Elements { PRIMITIVE, NON_NULL, NULLABLE }

  /**
   * {@code e} has no side effect and cannot throw for any element: it only compares, adds or
   * multiplies ({@code PRIMITIVE} elements, or {@code NON_NULL} elements' record components of
   * primitive type), compares references with {@code ==}/{@code !=}, or asks a JDK value type's
   * {@code equals} of a captured variable or a string literal (its argument may be the element or a
   * {@code NON_NULL} element's record component of any type). A captured variable may be null:
   * that throws on the first element whether or not the operation stops early, so it is allowed.
   */
  static boolean totalAndPure(Expression e, String p, Elements elements) {
    Expression x = Ast.unwrap(e);
    if (x instanceof LiteralExpr) return true;
    if (x instanceof NameExpr n) {
      if (n.getNameAsString().equals(p)) return elements == Elements.PRIMITIVE || comparedByIdentity(n);
      return PureExpressions.repeatable(n);
    }
    if (x instanceof BinaryExpr b) {
      return CANNOT_THROW.contains(b.getOperator()) && totalAndPure(b.getLeft(), p, elements) && totalAndPure(b.getRight(), p, elements);
    }
    if (x instanceof UnaryExpr u) {
      return (u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT || u.getOperator() == UnaryExpr.Operator.MINUS)
          && totalAndPure(u.getExpression(), p, elements);
    }
    if (x instanceof MethodCallExpr c && c.getNameAsString().equals("equals") && c.getArguments().size() == 1
        && c.getScope().map(s -> Ast.unwrap(s) instanceof NameExpr r && !r.getNameAsString().equals(p) && PureExpressions.repeatable(r)
            || Ast.unwrap(s) instanceof com.github.javaparser.ast.expr.StringLiteralExpr).orElse(false)) {
      Expression arg = Ast.unwrap(c.getArgument(0));
      boolean argOk = isName(arg, p) || componentOf(arg, p, elements).isPresent() || totalAndPure(arg, p, elements);
      return argOk && declaringType(c).map(JDK_EQUALS::contains).orElse(false);
    }
    if (x instanceof MethodCallExpr c) {
      // A primitive component is used like a primitive element; a reference one only as an equals argument (above).
      return componentOf(c, p, elements).map(Nullness.PRIMITIVES::contains).orElse(false);
    }
    return false;
  }

  /** {@code p.c()} reading a record component of a never-null element: its declared type. */
  private static Optional<String> componentOf(Expression e, String p, Elements elements) {
    if (elements != Elements.NON_NULL || !(e instanceof MethodCallExpr c) || !c.getScope().map(s -> isName(Ast.unwrap(s), p)).orElse(false)) {
      return Optional.empty();
    }
    return Nullness.recordComponent(c);
  }

  /** {@code p == q} or {@code p != q} with {@code q} null or of a reference type, so neither side is unboxed. */
  private static boolean comparedByIdentity(NameExpr n) {
    if (!(n.getParentNode().orElse(null) instanceof BinaryExpr b)
        || b.getOperator() != BinaryExpr.Operator.EQUALS && b.getOperator() != BinaryExpr.Operator.NOT_EQUALS) return false;
    Expression other = Ast.unwrap(b.getLeft() == n ? b.getRight() : b.getLeft());
    if (other instanceof NullLiteralExpr) return true;
    return Ast.typeOf(other).map(t -> t.contains(".") || t.endsWith("[]")).orElse(false)
        && Ast.typeOf(n).map(t -> t.contains(".")).orElse(false);
  }

  private static Optional<String> declaringType(MethodCallExpr c) {
    try {
      ResolvedMethodDeclaration m = c.resolve();
      return Optional.of(m.declaringType().getQualifiedName());
    } catch (RuntimeException | StackOverflowError ex) {
      return Optional.empty();
    }
  }

  private static boolean isStatic(MethodCallExpr c) {
    try {
      return c.resolve().isStatic();
    } catch (RuntimeException | StackOverflowError ex) {
      return true;  // unknown: assume it does not dereference
    }
  }

  private static boolean isName(Expression e, String name) {
    return e instanceof NameExpr n && n.getNameAsString().equals(name);
  }
}
