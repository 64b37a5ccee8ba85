package dev.flamefix.optimizer.template;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.metamodel.PropertyMetaModel;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Matches a pattern tree against target code: the same node kinds with the same concrete parts
 * (operators, JDK names, keywords) all the way down, holes bound consistently (one hole, one
 * piece of target code), each variable hole's binding of the type its constraint demands (resolved
 * with the target's symbol solver). A block of one statement matches that statement, so braces
 * are layout. Linear in the pattern's size.
 */
final class Unifier {
  private final Template template;
  private final Map<String, String> bindings = new HashMap<>();
  private final Set<String> nameOnly;
  private final Map<String, Expression> expressionBindings = new HashMap<>();

  /** @param nameOnly the template's holes that may bind only a variable name ({@link ExpressionHoles#nameOnly}) */
  Unifier(Template template, Set<String> nameOnly) {
    this.template = template;
    this.nameOnly = nameOnly;
  }

  /** The bindings so far, to {@link #restore} after a failed attempt. */
  Map<String, String> mark() {
    return new HashMap<>(bindings);
  }

  /** Forgets every binding made since {@code mark}. */
  void restore(Map<String, String> mark) {
    bindings.keySet().retainAll(mark.keySet());
    expressionBindings.keySet().retainAll(mark.keySet());
  }

  /** Variable holes bound to an expression rather than a name, with one bound occurrence each. */
  Map<String, Expression> expressionBindings() {
    return expressionBindings;
  }

  /** The bindings so far: hole to the target's code (an identifier, a type, a literal or a name expression). */
  Map<String, String> bindings() {
    return bindings;
  }

  boolean unify(Node pattern, Node target) {
    Node p = unwrap(pattern);
    Node t = unwrap(target);
    if (p instanceof NameExpr ne && Template.isHole(ne.getNameAsString())) return expression(ne.getNameAsString(), t);
    if (p instanceof SimpleName sn && Template.isHole(sn.getIdentifier())) {
      return t instanceof SimpleName ts && bind(sn.getIdentifier(), ts.getIdentifier());
    }
    if (p instanceof ClassOrInterfaceType ct && Template.isHole(ct.getNameAsString())) {
      if (ct.getTypeArguments().isEmpty()) {
        return (t instanceof ClassOrInterfaceType || t instanceof ArrayType) && bind(ct.getNameAsString(), t.toString());
      }
      if (!(t instanceof ClassOrInterfaceType tt) || tt.getTypeArguments().isEmpty()
          || !bind(ct.getNameAsString(), tt.getNameWithScope())) {
        return false;
      }
      return list(ct.getTypeArguments().get(), tt.getTypeArguments().get());
    }
    if (p instanceof ForEachStmt fe && t instanceof ForStmt loop) return forEachAsIndexLoop(fe, loop);
    if (p.getClass() != t.getClass()) return false;
    for (PropertyMetaModel prop : p.getMetaModel().getAllPropertyMetaModels()) {
      if (prop.getName().equals("comment")) continue;
      Object pv = prop.getValue(p);
      Object tv = prop.getValue(t);
      if (pv instanceof NodeList<?> pl) {
        if (!(tv instanceof NodeList<?> tl) || !list(pl, tl)) return false;
      } else if (pv instanceof Node pn) {
        if (!(tv instanceof Node tn) || !unify(pn, tn)) return false;
      } else if (tv instanceof Node || tv instanceof NodeList<?> || !Objects.equals(pv, tv)) {
        return false;
      }
    }
    return true;
  }

  /** A for-each pattern against an index loop over an array that reads each element once ({@link IndexLoops}). */
  private boolean forEachAsIndexLoop(ForEachStmt pattern, ForStmt loop) {
    java.util.Optional<IndexLoops> read = IndexLoops.asForEach(loop);
    if (read.isEmpty() || pattern.getVariable().getVariables().size() != 1) return false;
    IndexLoops l = read.get();
    com.github.javaparser.ast.body.VariableDeclarator v = pattern.getVariable().getVariable(0);
    if (!unify(v.getType(), l.element().getType()) || !unify(v.getName(), l.element().getName())
        || !unify(pattern.getIterable(), l.array())) {
      return false;
    }
    java.util.List<? extends Node> body = pattern.getBody() instanceof BlockStmt b ? b.getStatements() : java.util.List.of(pattern.getBody());
    if (body.size() != l.rest().size()) return false;
    for (int i = 0; i < body.size(); i++) {
      if (!unify(body.get(i), l.rest().get(i))) return false;
    }
    return true;
  }

  private boolean list(NodeList<?> a, NodeList<?> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      if (!unify(a.get(i), b.get(i))) return false;
    }
    return true;
  }

  /** A hole in an expression position: what it may stand for depends on its kind. */
  private boolean expression(String hole, Node t) {
    switch (hole.charAt(1)) {
      case 'v' -> {
        boolean name = t instanceof NameExpr || t instanceof FieldAccessExpr fa && fa.getScope() instanceof ThisExpr;
        if (name) return bind(hole, t.toString()) && typed(hole, (Expression) t);
        return expressionHole(hole, t);
      }
      case 'l' -> {
        return t.getClass().getSimpleName().equals(template.literalKinds().get(hole)) && bind(hole, t.toString());
      }
      case 't' -> {
        return t instanceof NameExpr && bind(hole, t.toString());
      }
      default -> {
        return false;
      }
    }
  }

  /** A primitive variable hole the template only reads may bind a side-effect-free expression ({@link ExpressionHoles}). */
  private boolean expressionHole(String hole, Node t) {
    TypeConstraint c = template.constraints().get(hole);
    if (nameOnly.contains(hole) || c == null || c.kind() != TypeConstraint.Kind.PRIMITIVE) return false;
    if (!(t instanceof Expression e) || !ExpressionHoles.pureShape(e)) return false;
    if (!bind(hole, e.toString()) || !typed(hole, e)) return false;
    expressionBindings.putIfAbsent(hole, e);
    return true;
  }

  private boolean typed(String hole, Expression e) {
    TypeConstraint c = template.constraints().get(hole);
    if (c == null) return true;
    try {
      ResolvedType type = e.calculateResolvedType();
      return c.admits(type);
    } catch (RuntimeException | StackOverflowError ex) {
      // What cannot be resolved cannot be shown to meet the constraint.
      return false;
    }
  }

  private boolean bind(String hole, String value) {
    String earlier = bindings.putIfAbsent(hole, value);
    return earlier == null || earlier.equals(value);
  }

  private static Node unwrap(Node n) {
    return n instanceof BlockStmt b && b.getStatements().size() == 1 ? b.getStatement(0) : n;
  }
}
