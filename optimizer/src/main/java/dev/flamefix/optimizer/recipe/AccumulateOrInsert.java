package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.flamefix.kb.ast.Variables;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The "add to the running total, or start it" shape of {@code double-map-lookup}: {@code if
 * (m.containsKey(k)) m.put(k, m.get(k) + e); else m.put(k, e);} (either branch order, {@code !},
 * {@code get(k) != null}/{@code == null} as the test, the old value read into a local first, {@code
 * e + old}) looks the key up three times; {@code m.merge(k, e, Long::sum)} does it once.
 *
 * <p>Preconditions: {@code m} holds no null values (a local or private field checked as in {@link
 * DoubleMapLookupRecipe}), so "present" and "non-null" agree and {@code merge}'s null handling never
 * applies; every creation of {@code m} is a {@code TreeMap} or {@code LinkedHashMap} ({@code
 * HashMap.merge} links a new key at the head of its bucket where {@code put} appends it, which could
 * change iteration order); the values are {@code Integer}/{@code Long}/{@code Double}/{@code Float},
 * whose {@code ::sum} is exactly the {@code +} the branch did, and which never returns null (so
 * merge never removes); {@code k} is a pure read; the two increments are the same literal value or
 * the same primitive variable, unchanged in the {@code if} (so evaluating it once, first, changes
 * nothing and it cannot throw); nothing else is in either branch.
 */
final class AccumulateOrInsert {
  private static final Map<String, String> SUMS = Map.of("Integer", "Integer::sum", "Long", "Long::sum", "Double", "Double::sum",
      "Float", "Float::sum");
  private static final Set<String> PRIMITIVES = Set.of("int", "long", "double", "float", "short", "byte", "char");

  private AccumulateOrInsert() {}

  static Optional<String> apply(MethodDeclaration method) {
    for (IfStmt ifs : method.findAll(IfStmt.class)) {
      if (ifs.getElseStmt().isEmpty() || ifs.getElseStmt().get() instanceof IfStmt) continue;
      Expression cond = Ast.unwrap(ifs.getCondition());
      boolean present = true;
      if (cond instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
        present = false;
        cond = Ast.unwrap(u.getExpression());
      }
      MethodCallExpr test;
      if (cond instanceof MethodCallExpr ck && ck.getNameAsString().equals("containsKey") && ck.getArguments().size() == 1) {
        test = ck;
      } else if (cond instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.EQUALS || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)
          && b.getRight() instanceof NullLiteralExpr && Ast.unwrap(b.getLeft()) instanceof MethodCallExpr g
          && g.getNameAsString().equals("get") && g.getArguments().size() == 1) {
        test = g;
        if (b.getOperator() == BinaryExpr.Operator.EQUALS) present = !present;
      } else {
        continue;
      }
      if (!(test.getScope().orElse(null) instanceof NameExpr mapRef)) continue;
      String map = mapRef.getNameAsString();
      Expression key = test.getArgument(0);
      if (!DoubleMapLookupRecipe.isPureKey(key, ifs) || Ast.inDeferredCode(ifs, method)) continue;
      Statement whenPresent = present ? ifs.getThenStmt() : ifs.getElseStmt().get();
      Statement whenAbsent = present ? ifs.getElseStmt().get() : ifs.getThenStmt();
      Optional<Expression> start = startValue(whenAbsent, map, key);
      Optional<Expression> added = increment(whenPresent, map, key);
      if (start.isEmpty() || added.isEmpty() || !sameIncrement(start.get(), added.get(), ifs)) continue;
      Optional<String> valueType = DoubleMapLookupRecipe.nullFreeMapValueType(method, map);
      String sum = valueType.map(t -> SUMS.get(t.replace("java.lang.", ""))).orElse(null);
      if (sum == null || !mergeKeepsOrder(method, map)) continue;
      String merge = map + ".merge(" + key + ", " + start.get() + ", " + sum + ");";
      ifs.replace(StaticJavaParser.parseStatement(merge));
      return Optional.of("'if (" + ifs.getCondition() + ") ... " + map + ".put(" + key + ", ... + " + added.get() + ") else "
          + map + ".put(" + key + ", " + start.get() + ")' looked the key up three times; '" + merge + "' does it once. " + map
          + " holds no null values (so present means non-null, as merge assumes) and is sorted or insertion-ordered (merge"
          + " places a new key exactly where put would); " + sum + " is the same addition and never yields null.");
    }
    return Optional.empty();
  }

  /** {@code m.put(k, e);} alone: {@code e}. */
  private static Optional<Expression> startValue(Statement branch, String map, Expression key) {
    List<Statement> body = statements(branch);
    if (body.size() != 1) return Optional.empty();
    return put(body.get(0), map, key).map(p -> p.getArgument(1));
  }

  /** {@code m.put(k, m.get(k) + e);} or {@code T old = m.get(k); m.put(k, old + e);}: {@code e}. */
  private static Optional<Expression> increment(Statement branch, String map, Expression key) {
    List<Statement> body = statements(branch);
    if (body.isEmpty() || body.size() > 2) return Optional.empty();
    Optional<MethodCallExpr> put = put(body.get(body.size() - 1), map, key);
    if (put.isEmpty() || !(Ast.unwrap(put.get().getArgument(1)) instanceof BinaryExpr sum) || sum.getOperator() != BinaryExpr.Operator.PLUS) {
      return Optional.empty();
    }
    Expression left = Ast.unwrap(sum.getLeft());
    Expression right = Ast.unwrap(sum.getRight());
    if (body.size() == 1) {
      if (DoubleMapLookupRecipe.isGet(left, map, key)) return Optional.of(right);
      if (DoubleMapLookupRecipe.isGet(right, map, key)) return Optional.of(left);
      return Optional.empty();
    }
    if (!(body.get(0) instanceof ExpressionStmt es) || !(es.getExpression() instanceof com.github.javaparser.ast.expr.VariableDeclarationExpr d)
        || d.getVariables().size() != 1) return Optional.empty();
    VariableDeclarator old = d.getVariable(0);
    if (old.getInitializer().isEmpty() || !DoubleMapLookupRecipe.isGet(Ast.unwrap(old.getInitializer().get()), map, key)) return Optional.empty();
    String name = old.getNameAsString();
    if (Variables.uses(branch, name).size() != 1) return Optional.empty();
    if (left instanceof NameExpr n && n.getNameAsString().equals(name)) return Optional.of(right);
    if (right instanceof NameExpr n && n.getNameAsString().equals(name)) return Optional.of(left);
    return Optional.empty();
  }

  private static Optional<MethodCallExpr> put(Statement s, String map, Expression key) {
    if (!(s instanceof ExpressionStmt es) || !(es.getExpression() instanceof MethodCallExpr p) || !p.getNameAsString().equals("put")
        || p.getArguments().size() != 2 || !p.getArgument(0).equals(key)
        || !(p.getScope().orElse(null) instanceof NameExpr n) || !n.getNameAsString().equals(map)) return Optional.empty();
    return Optional.of(p);
  }

  private static List<Statement> statements(Statement s) {
    return s instanceof BlockStmt b ? b.getStatements() : List.of(s);
  }

  /** The same literal value ({@code 1} and {@code 1L} alike), or the same unchanged primitive variable. */
  private static boolean sameIncrement(Expression start, Expression added, IfStmt scope) {
    Expression a = Ast.unwrap(start);
    Expression b = Ast.unwrap(added);
    if (a instanceof LiteralExpr && b instanceof LiteralExpr) {
      Optional<BigDecimal> x = number(a);
      return x.isPresent() && x.equals(number(b)) || a.equals(b) && (a instanceof IntegerLiteralExpr || a instanceof LongLiteralExpr);
    }
    return a instanceof NameExpr n && a.equals(b) && !Variables.isWrittenIn(scope, n.getNameAsString())
        && Ast.typeOf(a).map(PRIMITIVES::contains).orElse(false);
  }

  private static Optional<BigDecimal> number(Expression literal) {
    try {
      if (literal instanceof IntegerLiteralExpr i) return Optional.of(BigDecimal.valueOf(i.asNumber().longValue()));
      if (literal instanceof LongLiteralExpr l) return Optional.of(BigDecimal.valueOf(l.asNumber().longValue()));
      if (literal instanceof DoubleLiteralExpr d) {
        double v = d.asDouble();
        return Double.isFinite(v) ? Optional.of(BigDecimal.valueOf(v).stripTrailingZeros()) : Optional.empty();
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Every creation of {@code map} is a {@code TreeMap} or {@code LinkedHashMap}. */
  private static boolean mergeKeepsOrder(MethodDeclaration method, String map) {
    Optional<VariableDeclarator> local = Variables.uniqueLocal(method, map);
    if (local.isPresent()) {
      return local.get().getInitializer().orElse(null) instanceof ObjectCreationExpr oc
          && NullFreeMapField.keepsOrderUnderMerge(Set.of(oc.getType().getNameAsString()));
    }
    return NullFreeMapField.createdAs(method, map).map(NullFreeMapField::keepsOrderUnderMerge).orElse(false);
  }
}
