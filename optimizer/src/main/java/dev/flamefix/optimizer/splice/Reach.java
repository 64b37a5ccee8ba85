package dev.flamefix.optimizer.splice;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;

/** Name-based questions about what a member's code mentions. */
final class Reach {
  private Reach() {}

  /** Whether {@code node} names {@code field} as a simple name or after a dot. */
  static boolean mentions(Node node, String field) {
    return node.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(field))
        || node.findAll(FieldAccessExpr.class).stream().anyMatch(f -> f.getNameAsString().equals(field));
  }
}
