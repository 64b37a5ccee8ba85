package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Optional;

/**
 * {@code list.indexOf(x) >= 0} (or {@code != -1}, {@code > -1}; negated: {@code < 0}, {@code == -1})
 * used only as a membership test: it answers exactly what {@code list.contains(x)} answers, since
 * {@code contains} is specified as {@code indexOf(x) >= 0}.
 */
final class IndexOfTest {
  private IndexOfTest() {}

  /** The comparison around {@code call}, if it is such a test. */
  static Optional<BinaryExpr> comparison(MethodCallExpr call) {
    if (!call.getNameAsString().equals("indexOf") || call.getArguments().size() != 1) return Optional.empty();
    if (!(call.getParentNode().orElse(null) instanceof BinaryExpr b) || b.getLeft() != call) return Optional.empty();
    Optional<Integer> bound = intLiteral(b.getRight());
    if (bound.isEmpty()) return Optional.empty();
    int v = bound.get();
    boolean test = switch (b.getOperator()) {
      case GREATER_EQUALS, LESS -> v == 0;
      case NOT_EQUALS, EQUALS, GREATER -> v == -1;
      default -> false;
    };
    return test ? Optional.of(b) : Optional.empty();
  }

  /** True when the comparison asks "absent" rather than "present". */
  static boolean negated(BinaryExpr b) {
    return b.getOperator() == BinaryExpr.Operator.LESS || b.getOperator() == BinaryExpr.Operator.EQUALS;
  }

  private static Optional<Integer> intLiteral(Expression e) {
    Expression x = Ast.unwrap(e);
    if (x instanceof IntegerLiteralExpr l) return Optional.of(Integer.parseInt(l.getValue()));
    if (x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS && u.getExpression() instanceof IntegerLiteralExpr l) {
      return Optional.of(-Integer.parseInt(l.getValue()));
    }
    return Optional.empty();
  }
}
