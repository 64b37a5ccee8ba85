package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import java.util.Optional;
import java.util.Set;

/**
 * Which expressions a recipe may evaluate twice (or drop an evaluation of) without changing what
 * the program does: no calls, assignments, increments or object creation, and every variable they
 * read resolves to a local, a parameter or a non-volatile field. Anything the symbol solver cannot
 * resolve is not repeatable.
 */
final class PureExpressions {
  private static final Set<UnaryExpr.Operator> PURE_UNARY = Set.of(UnaryExpr.Operator.MINUS, UnaryExpr.Operator.PLUS,
      UnaryExpr.Operator.LOGICAL_COMPLEMENT, UnaryExpr.Operator.BITWISE_COMPLEMENT);

  private PureExpressions() {}

  /**
   * Evaluating {@code e} a second time right after the first yields the same value and has no
   * effect; if the first evaluation throws, it throws the same exception. Assumes no other thread
   * writes the variables read in between, which volatile fields exclude by being refused.
   */
  static boolean repeatable(Expression e) {
    if (e instanceof LiteralExpr || e instanceof ThisExpr) return true;
    if (e instanceof EnclosedExpr en) return repeatable(en.getInner());
    if (e instanceof CastExpr c) return c.getType().isPrimitiveType() && repeatable(c.getExpression());
    if (e instanceof UnaryExpr u) return PURE_UNARY.contains(u.getOperator()) && repeatable(u.getExpression());
    if (e instanceof BinaryExpr b) return repeatable(b.getLeft()) && repeatable(b.getRight());
    if (e instanceof ConditionalExpr c) {
      return repeatable(c.getCondition()) && repeatable(c.getThenExpr()) && repeatable(c.getElseExpr());
    }
    if (e instanceof ArrayAccessExpr a) return repeatable(a.getName()) && repeatable(a.getIndex());
    if (e instanceof NameExpr n) return resolve(n).map(PureExpressions::stableVariable).orElse(false);
    if (e instanceof FieldAccessExpr f) {
      if (!repeatable(f.getScope())) return false;
      if (f.getNameAsString().equals("length")) return true;
      return resolve(f).map(PureExpressions::stableVariable).orElse(false);
    }
    return false;
  }

  private static Optional<ResolvedValueDeclaration> resolve(Expression e) {
    try {
      if (e instanceof NameExpr n) return Optional.of(n.resolve());
      if (e instanceof FieldAccessExpr f) return Optional.of(f.resolve());
      return Optional.empty();
    } catch (RuntimeException | StackOverflowError ex) {
      return Optional.empty();
    }
  }

  private static boolean stableVariable(ResolvedValueDeclaration d) {
    if (d.isParameter() || d.isVariable() || d.isEnumConstant()) return true;
    if (!d.isField()) return false;
    // Only source fields tell whether they are volatile; a library field is not trusted.
    Optional<Node> ast = d.asField().toAst();
    return ast.filter(FieldDeclaration.class::isInstance).map(FieldDeclaration.class::cast)
        .map(f -> !f.isVolatile()).orElse(false);
  }
}
