package dev.flamefix.optimizer.splice;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Name-based reachability inside one class: which method names the targets call, directly or
 * through the class's other methods. Overloads and scopes are not told apart, so the answer is a
 * superset; it decides only whether a changed helper is relevant to the target, never whether a
 * change is safe (every changed helper is compared on its own).
 */
final class Reach {
  private Reach() {}

  /**
   * @param starts the bodies the search starts from (the targets, and new members)
   * @param methods every method of the class as it will be after splicing
   * @return the names of the methods reached
   */
  static Set<String> reachedNames(Collection<? extends Node> starts, List<MethodDeclaration> methods) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<Node> work = new ArrayDeque<>(starts);
    while (!work.isEmpty()) {
      for (String name : calledNames(work.pop())) {
        if (reached.add(name)) {
          methods.stream().filter(m -> m.getNameAsString().equals(name)).forEach(work::add);
        }
      }
    }
    return reached;
  }

  /** Names of the methods {@code node} calls or references. */
  static Set<String> calledNames(Node node) {
    Set<String> names = new LinkedHashSet<>();
    node.findAll(MethodCallExpr.class).forEach(c -> names.add(c.getNameAsString()));
    node.findAll(MethodReferenceExpr.class).forEach(r -> names.add(r.getIdentifier()));
    return names;
  }

  /** Whether {@code node} names {@code field} as a simple name or after a dot. */
  static boolean mentions(Node node, String field) {
    return node.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(field))
        || node.findAll(FieldAccessExpr.class).stream().anyMatch(f -> f.getNameAsString().equals(field));
  }
}
