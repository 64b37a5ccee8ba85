package dev.flamefix.optimizer.template;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings equivalent ways of writing the same statements to one form, so a template learned from a
 * case written one way matches code written the other (a case's slow and fast code are normalised
 * before learning, a target method before its second matching attempt). Each rewrite keeps the
 * meaning exactly, whatever the types:
 *
 * <ul>
 *   <li>{@code x = x op e} becomes {@code x op= e} for a simple name {@code x} and an arithmetic,
 *       bitwise or shift operator: JLS 15.26.2 evaluates {@code x} once, then {@code e}, exactly
 *       as the simple assignment does, and the compound form's implicit cast is the identity when
 *       the simple form compiles (its value is already assignable to {@code x}'s type). Only the
 *       top-level operator counts: {@code s = s + a + b} is {@code (s + a) + b} and stays.
 *   <li>a guard {@code if (c) continue;} (unlabelled, no else) in a loop body, followed by the rest
 *       of the body, becomes {@code if (!c) { rest }}: {@code continue} jumps to the end of the body
 *       in every loop kind, which is where the rest ends either way. Locals declared in the rest
 *       were in scope only up to the end of the body, which is now the block's end.
 *   <li>{@code !(a == b)} becomes {@code a != b} and {@code !(a != b)} becomes {@code a == b}
 *       (true for every type, NaN included); {@code !!c} becomes {@code c}.
 * </ul>
 *
 * Rewrites are done in place and can be undone, all of them (a target tree is left as it was when
 * nothing matched its normal form) or all but those a match needs ({@link Normalised#keepOnlyFor}),
 * since each rewrite keeps the meaning on its own and a patch should change only what it rewrites.
 */
final class NormalForms {
  private static final Map<BinaryExpr.Operator, AssignExpr.Operator> COMPOUND = Map.ofEntries(
      Map.entry(BinaryExpr.Operator.PLUS, AssignExpr.Operator.PLUS),
      Map.entry(BinaryExpr.Operator.MINUS, AssignExpr.Operator.MINUS),
      Map.entry(BinaryExpr.Operator.MULTIPLY, AssignExpr.Operator.MULTIPLY),
      Map.entry(BinaryExpr.Operator.DIVIDE, AssignExpr.Operator.DIVIDE),
      Map.entry(BinaryExpr.Operator.REMAINDER, AssignExpr.Operator.REMAINDER),
      Map.entry(BinaryExpr.Operator.BINARY_AND, AssignExpr.Operator.BINARY_AND),
      Map.entry(BinaryExpr.Operator.BINARY_OR, AssignExpr.Operator.BINARY_OR),
      Map.entry(BinaryExpr.Operator.XOR, AssignExpr.Operator.XOR),
      Map.entry(BinaryExpr.Operator.LEFT_SHIFT, AssignExpr.Operator.LEFT_SHIFT),
      Map.entry(BinaryExpr.Operator.SIGNED_RIGHT_SHIFT, AssignExpr.Operator.SIGNED_RIGHT_SHIFT),
      Map.entry(BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT, AssignExpr.Operator.UNSIGNED_RIGHT_SHIFT));

  private final List<Step> undo = new ArrayList<>();

  private NormalForms() {}

  /**
   * One rewrite: the node it produced, whether undoing it moves original statements back (a guard:
   * the nodes inside survive) rather than putting back a node it replaced, and how to undo it.
   */
  private record Step(Node node, boolean moves, Runnable undo) {}

  /** The rewrites done to a tree, to be undone all or in part. */
  static final class Normalised {
    private final List<Step> steps;

    private Normalised(List<Step> steps) {
      this.steps = List.copyOf(steps);
    }

    /** Puts the tree back as it was. */
    void undoAll() {
      for (int i = steps.size() - 1; i >= 0; i--) steps.get(i).undo().run();
    }

    /**
     * Undoes every rewrite but those inside {@code matched} and the expression rewrites enclosing
     * it (undoing those would put back a node without the matched statements). A guard enclosing
     * the match is undone: it moves the very statement nodes back, so {@code matched} stays in the
     * tree, still consecutive. Any subset of rewrites keeps the meaning, since each does alone.
     */
    void keepOnlyFor(List<? extends Node> matched) {
      for (int i = steps.size() - 1; i >= 0; i--) {
        Step s = steps.get(i);
        boolean inside = matched.stream().anyMatch(m -> m == s.node() || s.node().isDescendantOf(m));
        boolean encloses = matched.stream().anyMatch(m -> m.isDescendantOf(s.node()));
        if (!inside && (!encloses || s.moves())) s.undo().run();
      }
    }
  }

  /**
   * Rewrites every part of {@code root} that has a normal form, in place.
   *
   * @return what puts the tree back as it was; empty when nothing was rewritten
   */
  static Optional<Runnable> normalise(Node root) {
    return rewrite(root).map(n -> n::undoAll);
  }

  /** Like {@link #normalise} but the rewrites can also be undone in part. */
  static Optional<Normalised> rewrite(Node root) {
    NormalForms n = new NormalForms();
    n.guards(root);
    n.compounds(root);
    n.negations(root);
    return n.undo.isEmpty() ? Optional.empty() : Optional.of(new Normalised(n.undo));
  }

  private void compounds(Node root) {
    for (AssignExpr a : root.findAll(AssignExpr.class)) {
      if (a.getOperator() != AssignExpr.Operator.ASSIGN || !(a.getTarget() instanceof NameExpr x)
          || !(a.getValue() instanceof BinaryExpr b) || !(b.getLeft() instanceof NameExpr left)
          || !left.getNameAsString().equals(x.getNameAsString()) || !COMPOUND.containsKey(b.getOperator())) {
        continue;
      }
      AssignExpr.Operator op = COMPOUND.get(b.getOperator());
      Expression right = b.getRight();
      a.setOperator(op);
      a.setValue(right);
      undo.add(new Step(a, false, () -> {
        a.setOperator(AssignExpr.Operator.ASSIGN);
        a.setValue(b);
        // b still holds right, so b.setRight(right) is a no-op; and setValue orphaned right. Without
        // its parent back, walking up from inside it (loops, symbol solving) stops at right.
        right.setParentNode(b);
      }));
    }
  }

  /** Innermost loop bodies first, so nested guards in a rest are rewritten before it moves. */
  private void guards(Node root) {
    List<BlockStmt> bodies = root.findAll(BlockStmt.class).stream().filter(NormalForms::loopBody).toList();
    for (int i = bodies.size() - 1; i >= 0; i--) {
      guard(bodies.get(i));
    }
  }

  private static boolean loopBody(BlockStmt b) {
    Node p = b.getParentNode().orElse(null);
    return p instanceof ForStmt || p instanceof ForEachStmt || p instanceof WhileStmt || p instanceof DoStmt;
  }

  /** Rewrites the body's guards from the last to the first, each wrapping what follows it. */
  private void guard(BlockStmt body) {
    NodeList<Statement> stmts = body.getStatements();
    for (int k = stmts.size() - 2; k >= 0; k--) {
      if (!(stmts.get(k) instanceof IfStmt guard) || guard.getElseStmt().isPresent() || !continues(guard.getThenStmt())) {
        continue;
      }
      List<Statement> rest = new ArrayList<>(stmts.subList(k + 1, stmts.size()));
      Expression condition = guard.getCondition();
      rest.forEach(Statement::remove);
      IfStmt wrapped = new IfStmt(not(condition.clone()), new BlockStmt(new NodeList<>(rest)), null);
      guard.replace(wrapped);
      undo.add(new Step(wrapped, true, () -> {
        wrapped.replace(guard);
        // Where the guard is now: an enclosing guard of the same body may have been kept.
        NodeList<Statement> around = ((BlockStmt) guard.getParentNode().orElseThrow()).getStatements();
        int at = identityIndex(around, guard) + 1;
        for (int j = rest.size() - 1; j >= 0; j--) {
          rest.get(j).remove();
          around.add(at, rest.get(j));
        }
      }));
    }
  }

  /** NodeList.indexOf compares structurally; two guards may be written alike. */
  private static int identityIndex(NodeList<Statement> stmts, Statement s) {
    for (int i = 0; i < stmts.size(); i++) {
      if (stmts.get(i) == s) return i;
    }
    throw new IllegalStateException("statement not in its parent block");
  }

  private static boolean continues(Statement s) {
    Statement only = s instanceof BlockStmt b && b.getStatements().size() == 1 ? b.getStatement(0) : s;
    return only instanceof ContinueStmt c && c.getLabel().isEmpty();
  }

  private void negations(Node root) {
    for (UnaryExpr u : root.findAll(UnaryExpr.class)) {
      if (u.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT || u.getParentNode().isEmpty()) continue;
      Expression inner = strip(u.getExpression());
      Expression simpler = null;
      if (inner instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.EQUALS
          || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
        simpler = new BinaryExpr(b.getLeft().clone(), b.getRight().clone(),
            b.getOperator() == BinaryExpr.Operator.EQUALS ? BinaryExpr.Operator.NOT_EQUALS : BinaryExpr.Operator.EQUALS);
      } else if (inner instanceof UnaryExpr v && v.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
        simpler = v.getExpression().clone();
      }
      if (simpler == null) continue;
      Expression replacement = simpler;
      u.replace(replacement);
      undo.add(new Step(replacement, false, () -> replacement.replace(u)));
    }
  }

  /** The negation of {@code c}, parenthesised where the operator binds less tightly than {@code !}. */
  private static Expression not(Expression c) {
    Expression inner = strip(c);
    if (inner instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) return strip(u.getExpression());
    boolean primary = inner instanceof NameExpr || inner instanceof com.github.javaparser.ast.expr.MethodCallExpr
        || inner instanceof com.github.javaparser.ast.expr.FieldAccessExpr || inner instanceof EnclosedExpr
        || inner instanceof com.github.javaparser.ast.expr.BooleanLiteralExpr;
    return new UnaryExpr(primary ? c : new EnclosedExpr(c), UnaryExpr.Operator.LOGICAL_COMPLEMENT);
  }

  private static Expression strip(Expression e) {
    return e instanceof EnclosedExpr en ? strip(en.getInner()) : e;
  }
}
