package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.flamefix.kb.ast.Variables;
import java.util.List;
import java.util.Optional;

/**
 * The "ensure present, then use" shape of {@code double-map-lookup}: {@code if
 * (!m.containsKey(k)) m.put(k, init);} (or {@code if (m.get(k) == null) ...}) followed by a statement that reads {@code m.get(k)} looks
 * the key up three or four times.
 *
 * <ul>
 *   <li>{@code m.get(k).call(args);} with {@code init} an object creation →
 *       {@code m.computeIfAbsent(k, x -> init).call(args);} ({@code init} still runs only when the
 *       key is absent, and before {@code args}) on sorted/insertion-ordered maps; on a {@code
 *       HashMap} {@code V v = m.get(k); if (v == null) { v = init; m.put(k, v); } v.call(args);}
 *       (its compute methods would change the iteration order);
 *   <li>{@code m.put(k, m.get(k) + e)} after {@code put(k, 0)} on an ordered map of {@code
 *       Integer}/{@code Long} → {@code m.merge(k, e, Integer::sum)};
 *   <li>{@code m.put(k, E(m.get(k)));} → {@code V v = m.get(k); if (v == null) v = init;
 *       m.put(k, E(v));} — the intermediate {@code put(k, init)} is only observable if {@code E}
 *       throws, so {@code E} may contain other calls only when {@code m} is a local the method
 *       builds and no {@code try} in the method could observe the map after the throw.
 * </ul>
 *
 * Both require {@code m} to hold no null values (as established by {@link DoubleMapLookupRecipe}),
 * so {@code get == null} means absent; {@code k} a pure read (literal, unchanged variable,
 * accessor chain), evaluated before anything else runs; {@code m} mentioned in the second
 * statement only by those {@code get(k)} calls; {@code init} free of variables (it moves into a
 * lambda) and of {@code m}.
 */
final class EnsurePresentThenUse {
  private static final java.util.Set<String> ORDERED = java.util.Set.of("LinkedHashMap", "TreeMap", "ConcurrentSkipListMap");
  private EnsurePresentThenUse() {}

  static Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (IfStmt ifs : method.findAll(IfStmt.class)) {
      if (ifs.getElseStmt().isPresent() || !(ifs.getParentNode().orElse(null) instanceof BlockStmt block)) continue;
      Optional<MethodCallExpr> absent = absenceTest(ifs.getCondition());
      if (absent.isEmpty() || !(absent.get().getScope().orElse(null) instanceof NameExpr mapRef)) continue;
      MethodCallExpr ck = absent.get();
      String map = mapRef.getNameAsString();
      Expression key = ck.getArgument(0);
      Optional<MethodCallExpr> put = singlePut(ifs.getThenStmt(), map, key);
      if (put.isEmpty()) continue;
      Expression init = put.get().getArgument(1);
      if (!Nullness.neverNull(init) || !init.findAll(NameExpr.class).isEmpty()) continue;
      int idx = block.getStatements().indexOf(ifs);
      if (idx + 1 >= block.getStatements().size() || !(block.getStatement(idx + 1) instanceof ExpressionStmt next)) continue;
      if (!pureKey(key, ifs) || !pureKey(key, next)) continue;
      Optional<String> valueType = DoubleMapLookupRecipe.nullFreeMapValueType(method, map);
      if (valueType.isEmpty() || Ast.inDeferredCode(ifs, method)) continue;
      List<MethodCallExpr> gets = next.findAll(MethodCallExpr.class, c -> DoubleMapLookupRecipe.isGet(c, map, key));
      Expression e = next.getExpression();
      boolean putBack = e instanceof MethodCallExpr pb && pb.getNameAsString().equals("put");
      if (gets.isEmpty() || Variables.uses(next, map).size() != gets.size() + (putBack ? 1 : 0)) continue;
      boolean computeKeepsOrder = computeKeepsOrder(method, map);
      if (gets.size() == 1 && e instanceof MethodCallExpr use && use.getScope().orElse(null) == gets.get(0)
          && init instanceof ObjectCreationExpr && !computeKeepsOrder) {
        // HashMap.computeIfAbsent links a new entry at the head of its bucket, put at the tail: keep put.
        String v = DoubleMapLookupRecipe.valueName(map, ctx);
        gets.get(0).replace(new NameExpr(v));
        block.getStatements().set(idx, StaticJavaParser.parseStatement(valueType.get() + " " + v + " = " + map + ".get(" + key + ");"));
        block.addStatement(idx + 1, StaticJavaParser.parseStatement(
            "if (" + v + " == null) {\n  " + v + " = " + init + ";\n  " + map + ".put(" + key + ", " + v + ");\n}"));
        return Optional.of("'if (" + ifs.getCondition() + ") " + map + ".put(" + key + ", " + init + ")' followed by '"
            + map + ".get(" + key + ")." + use.getNameAsString() + "(...)' looked the key up three times; one get into '" + v
            + "' (creating and putting the value only for a new key) does it once for existing keys. " + map + " holds no"
            + " null values, so a null get means absent.");
      }
      if (gets.size() == 1 && e instanceof MethodCallExpr use && use.getScope().orElse(null) == gets.get(0)
          && init instanceof ObjectCreationExpr) {
        String param = ctx.freshName("k");
        MethodCallExpr cia = new MethodCallExpr(new NameExpr(map), "computeIfAbsent",
            new NodeList<>(key.clone(), new LambdaExpr(new com.github.javaparser.ast.body.Parameter(
                new com.github.javaparser.ast.type.UnknownType(), param), init.clone())));
        gets.get(0).replace(cia);
        ifs.remove();
        return Optional.of("'if (" + ifs.getCondition() + ") " + map + ".put(" + key + ", " + init + ")' followed by '"
            + map + ".get(" + key + ")." + use.getNameAsString() + "(...)' looked the key up three times; '" + map
            + ".computeIfAbsent' does it once and still creates the value only for a new key. " + map + " holds no null"
            + " values, so absent and missing mean the same.");
      }
      if (e instanceof MethodCallExpr p2 && p2.getNameAsString().equals("put") && p2.getArguments().size() == 2
          && p2.getScope().orElse(null) instanceof NameExpr n2 && n2.getNameAsString().equals(map) && p2.getArgument(0).equals(key)
          && !Ast.isInside(gets.get(0), p2.getArgument(0)) && throwsNothingObservable(method, map, p2.getArgument(1), gets)) {
        Optional<String> merged = !computeKeepsOrder ? Optional.empty() : asMerge(map, key, init, valueType.get(), p2, gets);
        if (merged.isPresent()) {
          block.getStatements().set(idx + 1, StaticJavaParser.parseStatement(merged.get()));
          ifs.remove();
          return Optional.of("'if (" + ifs.getCondition() + ") " + map + ".put(" + key + ", " + init + ")' and then '"
              + map + ".put(" + key + ", " + map + ".get(" + key + ") + ...)' looked the key up four times; '" + merged.get()
              + "' does it once: an absent key gets " + init + " + the increment, which is the increment itself for integers. "
              + map + " holds no null values, so absent and missing mean the same.");
        }
        String v = DoubleMapLookupRecipe.valueName(map, ctx);
        for (MethodCallExpr g : gets) g.replace(new NameExpr(v));
        Statement decl = StaticJavaParser.parseStatement(valueType.get() + " " + v + " = " + map + ".get(" + key + ");");
        Statement fill = StaticJavaParser.parseStatement("if (" + v + " == null) " + v + " = " + init + ";");
        block.getStatements().set(idx, decl);
        block.addStatement(idx + 1, fill);
        return Optional.of("'if (" + ifs.getCondition() + ") " + map + ".put(" + key + ", " + init + ")' and then '"
            + map + ".put(" + key + ", ..." + map + ".get(" + key + ")...)' looked the key up four times; one get into '" + v
            + "' (defaulting to " + init + " when absent) and one put do the same. " + map + " holds no null values, so a"
            + " null get means absent.");
      }
    }
    return Optional.empty();
  }

  /**
   * {@code m.put(k, m.get(k) + e)} after an initial {@code 0} as {@code m.merge(k, e, Integer::sum)}
   * (or {@code Long::sum}): integer addition of 0 is the identity, so the first value is {@code e}.
   */
  private static Optional<String> asMerge(String map, Expression key, Expression init, String valueType, MethodCallExpr put,
      List<MethodCallExpr> gets) {
    String boxed = valueType.replace("java.lang.", "");
    if (gets.size() != 1 || !(boxed.equals("Integer") || boxed.equals("Long"))) return Optional.empty();
    if (!(init instanceof com.github.javaparser.ast.expr.IntegerLiteralExpr || init instanceof com.github.javaparser.ast.expr.LongLiteralExpr)
        || !init.toString().matches("0[lL]?")) return Optional.empty();
    if (!(Ast.unwrap(put.getArgument(1)) instanceof BinaryExpr sum) || sum.getOperator() != BinaryExpr.Operator.PLUS) return Optional.empty();
    Expression increment = sum.getLeft() == gets.get(0) ? sum.getRight() : sum.getRight() == gets.get(0) ? sum.getLeft() : null;
    if (increment == null) return Optional.empty();
    String type = Ast.typeOf(increment).orElse("");
    boolean fits = boxed.equals("Integer") ? type.equals("int") : type.equals("long") || type.equals("int");
    if (!fits) return Optional.empty();
    String value = boxed.equals("Long") && type.equals("int") ? "(long) (" + increment + ")" : increment.toString();
    return Optional.of(map + ".merge(" + key + ", " + value + ", " + boxed + "::sum);");
  }

  /**
   * Do {@code merge}/{@code computeIfAbsent} leave the map's iteration order as {@code put} would?
   * Yes for sorted and insertion-ordered maps; not for {@code HashMap}, whose compute methods link
   * a new entry at the head of its bucket where {@code put} appends it.
   */
  private static boolean computeKeepsOrder(MethodDeclaration method, String map) {
    Optional<com.github.javaparser.ast.body.VariableDeclarator> local = Variables.uniqueLocal(method, map);
    if (local.isPresent() && local.get().getInitializer().orElse(null) instanceof ObjectCreationExpr oc) {
      return ORDERED.contains(oc.getType().getNameAsString());
    }
    for (com.github.javaparser.ast.body.Parameter p : method.getParameters()) {
      if (p.getNameAsString().equals(map)) return ORDERED.contains(Ast.erasure(p.getType().asString()).replaceAll("^java\\.util\\.(concurrent\\.)?", ""));
    }
    return false;
  }

  /**
   * {@code !m.containsKey(k)} or {@code m.get(k) == null} (the same question on a map without null
   * values): the call that asks it.
   */
  private static Optional<MethodCallExpr> absenceTest(Expression condition) {
    Expression c = Ast.unwrap(condition);
    if (c instanceof UnaryExpr not && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
        && Ast.unwrap(not.getExpression()) instanceof MethodCallExpr ck && ck.getNameAsString().equals("containsKey")
        && ck.getArguments().size() == 1) return Optional.of(ck);
    if (c instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.EQUALS) {
      Expression side = b.getRight() instanceof com.github.javaparser.ast.expr.NullLiteralExpr ? b.getLeft()
          : b.getLeft() instanceof com.github.javaparser.ast.expr.NullLiteralExpr ? b.getRight() : null;
      if (side != null && Ast.unwrap(side) instanceof MethodCallExpr g && g.getNameAsString().equals("get") && g.getArguments().size() == 1) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /**
   * A key that reads the same each time it is evaluated here: a pure read, or {@code a[i]} over
   * unchanged variables when {@code scope} assigns nothing (only map calls run between the reads).
   */
  private static boolean pureKey(Expression key, com.github.javaparser.ast.Node scope) {
    if (key instanceof com.github.javaparser.ast.expr.ArrayAccessExpr a) {
      return a.getName() instanceof NameExpr && PureReads.isPure(a.getName(), scope) && PureReads.isPure(a.getIndex(), scope)
          && scope.findAll(com.github.javaparser.ast.expr.AssignExpr.class).isEmpty();
    }
    return PureReads.isPure(key, scope);
  }

  /** The then-branch is exactly {@code m.put(k, init);}. */
  private static Optional<MethodCallExpr> singlePut(Statement then, String map, Expression key) {
    Statement s = then;
    if (s instanceof BlockStmt b && b.getStatements().size() == 1) s = b.getStatement(0);
    if (!(s instanceof ExpressionStmt es) || !(es.getExpression() instanceof MethodCallExpr put)) return Optional.empty();
    if (!put.getNameAsString().equals("put") || put.getArguments().size() != 2 || !put.getArgument(0).equals(key)) return Optional.empty();
    if (!(put.getScope().orElse(null) instanceof NameExpr n) || !n.getNameAsString().equals(map)) return Optional.empty();
    return Optional.of(put);
  }

  /**
   * Can evaluating {@code value} throw after {@code put(k, init)} in a way someone could see? Not
   * if it is arithmetic over literals, variables and the replaced gets; otherwise only when the
   * map is this method's local and no try statement could catch the exception and look at it.
   */
  private static boolean throwsNothingObservable(MethodDeclaration method, String map, Expression value, List<MethodCallExpr> gets) {
    if (simpleArithmetic(value, gets)) return true;
    boolean local = Variables.uniqueLocal(method, map).isPresent();
    return local && method.findAll(TryStmt.class).isEmpty() && value.findAll(LambdaExpr.class).isEmpty();
  }

  private static boolean simpleArithmetic(Expression e, List<MethodCallExpr> gets) {
    Expression x = Ast.unwrap(e);
    if (x instanceof LiteralExpr) return true;
    // A boxed variable could be null and throw while unboxing; a primitive one cannot.
    if (x instanceof NameExpr) return Ast.typeOf(x).map(t -> !t.contains(".")).orElse(false);
    if (x instanceof MethodCallExpr c) return gets.stream().anyMatch(g -> g == c);
    if (x instanceof BinaryExpr b) {
      return switch (b.getOperator()) {
        case PLUS, MINUS, MULTIPLY -> simpleArithmetic(b.getLeft(), gets) && simpleArithmetic(b.getRight(), gets);
        default -> false;
      };
    }
    return false;
  }
}
