package dev.flamefix.kb.ast;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithBody;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.Optional;

/** Loops and what runs in them: {@code for}, enhanced {@code for}, {@code while} and {@code do}. */
public final class Loops {
  private Loops() {}

  /** Is {@code n} a {@code for}, enhanced {@code for}, {@code while} or {@code do} statement? */
  public static boolean isLoop(Node n) {
    return n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt || n instanceof DoStmt;
  }

  /**
   * The statement {@code loop} repeats.
   *
   * @throws IllegalArgumentException if {@code loop} is not a loop (see {@link #isLoop})
   */
  public static Statement body(Node loop) {
    if (!isLoop(loop)) {
      throw new IllegalArgumentException("not a loop: " + loop.getClass().getSimpleName());
    }
    return ((NodeWithBody<?>) loop).getBody();
  }

  /** The nearest loop around {@code n}, however far up the tree. */
  public static Optional<Node> enclosing(Node n) {
    return enclosing(n, null);
  }

  /**
   * The nearest loop around {@code n} below {@code stop} ({@code stop} itself excluded; {@code null}
   * searches up to the root).
   */
  public static Optional<Node> enclosing(Node n, Node stop) {
    for (Optional<Node> p = n.getParentNode(); p.isPresent() && p.get() != stop; p = p.get().getParentNode()) {
      if (isLoop(p.get())) {
        return p;
      }
    }
    return Optional.empty();
  }

  /** The outermost loop around {@code n} below {@code stop} ({@code stop} itself excluded). */
  public static Optional<Node> outermost(Node n, Node stop) {
    Optional<Node> found = Optional.empty();
    for (Optional<Node> p = n.getParentNode(); p.isPresent() && p.get() != stop; p = p.get().getParentNode()) {
      if (isLoop(p.get())) {
        found = p;
      }
    }
    return found;
  }

  /**
   * How many loops repeat {@code n}: the loops around it, not counting a loop when {@code n} sits
   * in a part that runs once (a {@code for} loop's initialisation, an enhanced {@code for} loop's
   * variable or iterable). A loop's own depth counts only the loops around it.
   */
  public static int depth(Node n) {
    int d = 0;
    Node child = n;
    for (Node cur = n.getParentNode().orElse(null); cur != null; cur = cur.getParentNode().orElse(null)) {
      if (isLoop(cur) && !runsOnce(cur, child)) {
        d++;
      }
      child = cur;
    }
    return d;
  }

  /**
   * Is the variable {@code name} the same on every iteration of {@code loop}: declared outside it
   * (no local, loop variable or lambda parameter of that name inside) and never assigned,
   * incremented or decremented in it? Fields and method calls that may change state are not
   * considered.
   */
  public static boolean isInvariant(String name, Node loop) {
    return !Variables.isDeclaredIn(loop, name) && !Variables.isWrittenIn(loop, name);
  }

  /** Does {@code child} of {@code loop} run once per execution of the loop rather than per iteration? */
  private static boolean runsOnce(Node loop, Node child) {
    if (loop instanceof ForStmt f) {
      return f.getInitialization().contains(child);
    }
    if (loop instanceof ForEachStmt fe) {
      return fe.getIterable() == child || fe.getVariable() == child;
    }
    return false;
  }

  /**
   * Whether {@code update}, a {@code for} loop's update expression, steps {@code variable} by
   * exactly one ({@code i++}, {@code ++i} or {@code i += 1}): the index loops that recipes and
   * templates may treat as a walk over every element.
   */
  public static boolean incrementsByOne(Expression update, String variable) {
    if (update instanceof UnaryExpr u) {
      return (u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
          || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT)
          && isName(u.getExpression(), variable);
    }
    return update instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.PLUS
        && isName(a.getTarget(), variable)
        && a.getValue() instanceof IntegerLiteralExpr one && one.getValue().equals("1");
  }

  private static boolean isName(Expression e, String name) {
    return e instanceof NameExpr n && n.getNameAsString().equals(name);
  }
}
