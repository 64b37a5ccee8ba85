package dev.flamefix.optimizer.template;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.flamefix.kb.ast.Variables;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expression holes (Getafix's anti-unification of expressions): a variable hole of primitive type
 * that the template only reads may bind, instead of a variable, a side-effect-free primitive
 * expression such as {@code n - 1} or {@code limit * 2}. The case's fix may move or copy the
 * variable (out of a loop, into a new loop bound); an expression behaves like that variable when
 * evaluating it has no effect, cannot throw, does not depend on identity, and gives the same value
 * wherever the template puts it. So the expression may hold only primitive literals, locals and
 * parameters of primitive type that the matched statements never write or declare, and the
 * operators {@code + - * << >> >>> & | ^ && || == != < <= > >=} and unary {@code + - ! ~}
 * (no division or remainder: they throw on zero; no calls, fields, arrays or boxing: they may
 * throw, alias or change).
 */
final class ExpressionHoles {
  private ExpressionHoles() {}

  /** Holes a template writes, declares or uses in an added member: they may bind only a variable name. */
  static Set<String> nameOnly(Template template) {
    Set<String> out = new HashSet<>();
    List<Node> roots = new java.util.ArrayList<>(template.before());
    roots.addAll(template.after());
    roots.addAll(template.addedMembers());
    for (Node r : roots) {
      r.findAll(NameExpr.class).stream().filter(Variables::isWrite).forEach(n -> out.add(n.getNameAsString()));
      r.findAll(VariableDeclarator.class).forEach(v -> out.add(v.getNameAsString()));
      r.findAll(Parameter.class).forEach(p -> out.add(p.getNameAsString()));
    }
    template.addedMembers().forEach(m -> m.findAll(NameExpr.class).forEach(n -> out.add(n.getNameAsString())));
    out.removeIf(h -> !Template.isHole(h));
    return out;
  }

  /** Whether {@code e}'s shape is allowed (data flow against the matched statements is checked by {@link #stable}). */
  static boolean pureShape(Expression e) {
    if (e instanceof EnclosedExpr en) return pureShape(en.getInner());
    if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr || e instanceof DoubleLiteralExpr
        || e instanceof CharLiteralExpr || e instanceof BooleanLiteralExpr) {
      return true;
    }
    if (e instanceof NameExpr n) return primitiveLocal(n);
    if (e instanceof UnaryExpr u) {
      return switch (u.getOperator()) {
        case PLUS, MINUS, LOGICAL_COMPLEMENT, BITWISE_COMPLEMENT -> pureShape(u.getExpression());
        default -> false;
      };
    }
    if (e instanceof BinaryExpr b) {
      return b.getOperator() != BinaryExpr.Operator.DIVIDE && b.getOperator() != BinaryExpr.Operator.REMAINDER
          && pureShape(b.getLeft()) && pureShape(b.getRight());
    }
    return false;
  }

  /** Whether no name in {@code e} is written or declared inside any of {@code run}. */
  static boolean stable(Expression e, List<? extends Node> run) {
    for (NameExpr n : e.findAll(NameExpr.class)) {
      for (Node s : run) {
        if (Variables.isWrittenIn(s, n.getNameAsString()) || Variables.isDeclaredIn(s, n.getNameAsString())) return false;
      }
    }
    return true;
  }

  /** A local or parameter (not a field: a call could change it) of primitive type. */
  private static boolean primitiveLocal(NameExpr n) {
    try {
      ResolvedValueDeclaration d = n.resolve();
      if (d.isField()) return false;
      if (!d.isVariable() && !d.isParameter()) return false;
      ResolvedType t = d.getType();
      return t.isPrimitive();
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  /** Whether {@code e} needs parentheses where a name stood. */
  static boolean compound(Expression e) {
    return e instanceof BinaryExpr || e instanceof UnaryExpr || e instanceof AssignExpr;
  }
}
