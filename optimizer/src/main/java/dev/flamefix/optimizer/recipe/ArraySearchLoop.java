package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.YieldStmt;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.Optional;
import java.util.Set;

/**
 * The array shape of {@code linear-search-in-loop}: a hand-written search {@code for (T x : arr)
 * if (x.equals(key)) { ...; break; }} (or {@code Objects.equals(x, key)}, or a {@code return} in
 * place of the {@code break}) nested in an outer loop becomes {@code set.contains(key)} on a
 * {@code HashSet} built once before the outer loop.
 *
 * <p>Why each check: elements and key are JDK value types, so {@code equals} is symmetric and
 * agrees with {@code hashCode}; the array is a parameter or local that is never reassigned,
 * written, or handed to anything, and the outer loop makes no call that takes arguments, so its
 * contents cannot change while the set stands in for it; the key is a variable, so evaluating it
 * once instead of per element changes nothing; the kept statements do not use the element and
 * hold no {@code break/continue} (which would bind to another loop after the rewrite). The set is
 * {@code null} when the array is null or holds a null element, and then the original loop runs
 * unchanged, so a null array or a null element still throws (or not) exactly where it did.
 */
final class ArraySearchLoop {
  private static final Set<String> FRESH = Set.of("ArrayList", "HashSet", "LinkedHashSet", "HashMap", "LinkedHashMap",
      "StringBuilder", "ArrayDeque", "TreeSet", "TreeMap");

  private ArraySearchLoop() {}

  static Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (ForEachStmt inner : method.findAll(ForEachStmt.class)) {
      if (Ast.inDeferredCode(inner, method)) continue;
      if (!(inner.getIterable() instanceof NameExpr arrRef)) continue;
      String arr = arrRef.getNameAsString();
      Optional<String> elem = arrayElementType(method, arr);
      if (elem.isEmpty()) continue;
      if (Loops.enclosing(inner, method).isEmpty()) continue;
      Node outer = Loops.outermost(inner, method).orElseThrow();
      if (!(outer.getParentNode().orElse(null) instanceof BlockStmt block)) continue;
      // The set is built before the outer loop, so the array must already exist there.
      if (Variables.uniqueLocal(method, arr).map(d -> Ast.isInside(d, outer)).orElse(false)) continue;
      String x = inner.getVariable().getVariables().get(0).getNameAsString();
      Optional<IfStmt> test = soleIf(inner.getBody());
      if (test.isEmpty() || test.get().getElseStmt().isPresent()) continue;
      Optional<NameExpr> key = equalityKey(test.get().getCondition(), x);
      if (key.isEmpty() || !isValueType(Ast.typeOf(key.get()))) continue;
      Optional<NodeList<Statement>> kept = kept(test.get().getThenStmt(), x);
      if (kept.isEmpty()) continue;
      if (!arrayStable(method, arr, inner) || Ast.hasSelfCalls(outer)) continue;
      boolean otherCalls = outer.findAll(MethodCallExpr.class).stream()
          .anyMatch(c -> !c.getArguments().isEmpty() && !Ast.isInside(c, test.get().getCondition()) && !onFreshJdkLocal(method, c));
      if (otherCalls) continue;

      String set = ctx.freshName(arr + "Set");
      block.addStatement(block.getStatements().indexOf((Statement) outer), StaticJavaParser.parseStatement(
          "Set<" + elem.get() + "> " + set + " = " + arr + " == null || Arrays.asList(" + arr + ").contains(null) ? null : new HashSet<>(Arrays.asList(" + arr + "));"));
      IfStmt fast = new IfStmt(StaticJavaParser.parseExpression(set + ".contains(" + key.get().getNameAsString() + ")"), new BlockStmt(kept.get()), null);
      IfStmt choice = new IfStmt(StaticJavaParser.parseExpression(set + " != null"), new BlockStmt(new NodeList<>(fast)), inner.clone());
      inner.replace(choice);
      ctx.importType("java.util.Set");
      ctx.importType("java.util.HashSet");
      ctx.importType("java.util.Arrays");
      return Optional.of("a hand-written search of array '" + arr + "' ran inside a loop, a linear scan per iteration;"
          + " a HashSet '" + set + "' of its " + elem.get() + " elements is built once before the loop and answers the"
          + " same membership test in constant time (" + elem.get() + " has consistent equals/hashCode; the array is"
          + " not modified during the loop; if it is null or holds null the original loop runs unchanged).");
    }
    return Optional.empty();
  }

  /** A call on a local made with {@code new} of a JDK collection here: it cannot reach the array. */
  private static boolean onFreshJdkLocal(MethodDeclaration method, MethodCallExpr c) {
    if (c.getScope().isEmpty() || !(c.getScope().get() instanceof NameExpr n)) return false;
    return Variables.uniqueLocal(method, n.getNameAsString()).flatMap(VariableDeclarator::getInitializer)
        .map(i -> i instanceof ObjectCreationExpr oc && FRESH.contains(oc.getType().getNameAsString())
            && c.getArguments().stream().allMatch(a -> a instanceof NameExpr || a.isLiteralExpr()))
        .orElse(false);
  }

  private static boolean isValueType(Optional<String> described) {
    return described.flatMap(HashKeys::valueType).isPresent();
  }

  private static Optional<IfStmt> soleIf(Statement body) {
    if (body instanceof IfStmt i) return Optional.of(i);
    if (body instanceof BlockStmt b && b.getStatements().size() == 1 && b.getStatement(0) instanceof IfStmt i) return Optional.of(i);
    return Optional.empty();
  }

  /** The key of {@code x.equals(key)} or {@code Objects.equals(x, key)/(key, x)}. */
  private static Optional<NameExpr> equalityKey(Expression cond, String x) {
    if (!(Ast.unwrap(cond) instanceof MethodCallExpr c) || !c.getNameAsString().equals("equals")) return Optional.empty();
    Expression a;
    Expression b;
    if (c.getArguments().size() == 1 && c.getScope().isPresent()) {
      a = c.getScope().get();
      b = c.getArgument(0);
    } else if (c.getArguments().size() == 2 && c.getScope().map(s -> s.toString().equals("Objects") || s.toString().equals("java.util.Objects")).orElse(false)) {
      a = c.getArgument(0);
      b = c.getArgument(1);
      if (isName(b, x)) { Expression t = a; a = b; b = t; }
    } else {
      return Optional.empty();
    }
    if (!isName(a, x) || !(b instanceof NameExpr k) || k.getNameAsString().equals(x)) return Optional.empty();
    return Optional.of(k);
  }

  private static boolean isName(Expression e, String name) {
    return e instanceof NameExpr n && n.getNameAsString().equals(name);
  }

  /** Statements run on a hit, minus a trailing {@code break}; empty if the hit does not leave the loop. */
  private static Optional<NodeList<Statement>> kept(Statement then, String x) {
    NodeList<Statement> stmts = then instanceof BlockStmt b ? new NodeList<>(b.getStatements()) : new NodeList<>(then);
    if (stmts.isEmpty()) return Optional.empty();
    Statement last = stmts.get(stmts.size() - 1);
    NodeList<Statement> out = new NodeList<>();
    for (Statement s : stmts) out.add(s.clone());
    if (last instanceof BreakStmt br && br.getLabel().isEmpty()) out.remove(out.size() - 1);
    else if (!(last instanceof ReturnStmt)) return Optional.empty();
    for (Statement s : out) {
      if (!Variables.uses(s, x).isEmpty()) return Optional.empty();
      if (!s.findAll(BreakStmt.class).isEmpty() || !s.findAll(ContinueStmt.class).isEmpty() || !s.findAll(YieldStmt.class).isEmpty()) return Optional.empty();
    }
    return Optional.of(out);
  }

  /** Every use of the array only reads it, and it is never reassigned. */
  private static boolean arrayStable(MethodDeclaration method, String arr, ForEachStmt inner) {
    if (Variables.isWrittenIn(method, arr)) return false;
    for (NameExpr use : Variables.uses(method, arr)) {
      if (use == inner.getIterable()) continue;
      if (Ast.inDeferredCode(use, method)) return false;
      Node p = use.getParentNode().orElseThrow();
      if (p instanceof FieldAccessExpr f && f.getNameAsString().equals("length")) continue;
      if (p instanceof ArrayAccessExpr a && a.getName() == use && !isWriteTarget(a)) continue;
      return false;
    }
    return true;
  }

  private static boolean isWriteTarget(ArrayAccessExpr a) {
    Node p = a.getParentNode().orElseThrow();
    if (p instanceof AssignExpr as) return as.getTarget() == a;
    if (p instanceof UnaryExpr u) {
      return Set.of(UnaryExpr.Operator.PREFIX_INCREMENT, UnaryExpr.Operator.PREFIX_DECREMENT,
          UnaryExpr.Operator.POSTFIX_INCREMENT, UnaryExpr.Operator.POSTFIX_DECREMENT).contains(u.getOperator());
    }
    return false;
  }

  /** {@code T} of a {@code T[]} parameter or local whose element type is a JDK value type. */
  private static Optional<String> arrayElementType(MethodDeclaration method, String name) {
    String declared = null;
    for (Parameter p : method.getParameters()) {
      if (p.getNameAsString().equals(name) && !p.isVarArgs()) declared = p.getType().asString();
    }
    if (declared == null) {
      Optional<VariableDeclarator> v = Variables.uniqueLocal(method, name);
      if (v.isEmpty() || v.get().getType().isVarType()) return Optional.empty();
      declared = v.get().getType().asString();
    }
    if (!declared.endsWith("[]") || declared.indexOf('[') != declared.length() - 2) return Optional.empty();
    return HashKeys.valueType(declared.substring(0, declared.length() - 2));
  }
}
