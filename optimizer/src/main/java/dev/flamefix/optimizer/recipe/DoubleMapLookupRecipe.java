package dev.flamefix.optimizer.recipe;

import com.github.javaparser.Position;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.flamefix.kb.ast.Variables;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code double-map-lookup}: {@code if (m.containsKey(k)) { ... m.get(k) ... }} hashes {@code k}
 * twice; it becomes {@code V v = m.get(k); if (v != null) { ... v ... }} (and {@code
 * !m.containsKey(k)} becomes {@code v == null}).
 *
 * <p>The rewrite is only right when {@code m} cannot map a key to {@code null} (then {@code
 * get(k) != null} is exactly {@code containsKey(k)}). That is established in one of two ways:
 *
 * <ul>
 *   <li>{@code m}'s declared type is {@code ConcurrentHashMap}, {@code ConcurrentMap}, {@code
 *       ConcurrentSkipListMap} or {@code Hashtable}, which reject null values; or
 *   <li>{@code m} is a local created in this method with {@code new HashMap/LinkedHashMap/TreeMap},
 *       it never escapes (not passed, assigned, returned or captured), and every {@code put} in the
 *       method stores a value that is provably non-null (a literal, an object creation, or an
 *       arithmetic/concatenation result); no other mutator ({@code putAll}, {@code compute*},
 *       {@code replace*}, {@code merge}) is used.
 * </ul>
 *
 * Further: {@code k} is a literal or a variable not written inside the {@code if}; every {@code
 * m.get(k)} that is replaced finishes evaluating before the first mutation of {@code m} in the
 * branch; the branch makes no unqualified/{@code this} calls and does not pass {@code m} on.
 */
public final class DoubleMapLookupRecipe implements Recipe {
  private static final Set<String> NO_NULL_VALUES = Set.of("ConcurrentHashMap", "ConcurrentMap", "ConcurrentSkipListMap", "Hashtable");
  private static final Set<String> LOCAL_MAPS = Set.of("HashMap", "LinkedHashMap", "TreeMap");
  private static final Set<String> MUTATORS = Set.of("put", "remove", "clear", "putAll", "putIfAbsent", "compute",
      "computeIfAbsent", "computeIfPresent", "merge", "replace", "replaceAll");
  private static final Set<String> SAFE_USES = Set.of("get", "containsKey", "put", "size", "isEmpty", "getOrDefault",
      "keySet", "values", "entrySet", "containsValue", "remove", "clear");

  @Override
  public String id() {
    return "double-map-lookup";
  }

  @Override
  public String description() {
    return "containsKey(k) then get(k) -> one get(k) and a null check (null-free maps only)";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    Optional<String> ensured = EnsurePresentThenUse.apply(method, ctx);
    if (ensured.isPresent()) return ensured;
    Optional<String> merged = AccumulateOrInsert.apply(method);
    if (merged.isPresent()) return merged;
    for (IfStmt ifs : method.findAll(IfStmt.class)) {
      Expression cond = Ast.unwrap(ifs.getCondition());
      boolean negated = false;
      if (cond instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
        negated = true;
        cond = Ast.unwrap(u.getExpression());
      }
      if (!(cond instanceof MethodCallExpr ck) || !ck.getNameAsString().equals("containsKey") || ck.getArguments().size() != 1) continue;
      if (ck.getScope().isEmpty() || !(ck.getScope().get() instanceof NameExpr mapRef)) continue;
      Expression key = ck.getArgument(0);
      String map = mapRef.getNameAsString();
      if (!(ifs.getParentNode().orElse(null) instanceof BlockStmt block)) continue;
      if (!isPureKey(key, ifs)) continue;
      Optional<String> valueType = nullFreeMapValueType(method, map);
      if (valueType.isEmpty()) continue;
      Statement branch = negated ? ifs.getElseStmt().orElse(null) : ifs.getThenStmt();
      if (branch == null || Ast.hasSelfCalls(branch)) continue;
      // A field can also be changed by code the branch calls back into: only map calls and accessors may run there.
      if (Variables.uniqueLocal(method, map).isEmpty() && method.getParameterByName(map).isEmpty()
          && !branch.findAll(MethodCallExpr.class).stream().allMatch(c -> isOn(c, map) || PureReads.isAccessor(c))) continue;
      if (Variables.uses(branch, map).stream().anyMatch(u -> Ast.isArgument(u) || Ast.inDeferredCode(u, method))) continue;
      List<MethodCallExpr> gets = branch.findAll(MethodCallExpr.class, c -> isGet(c, map, key));
      if (gets.isEmpty()) continue;
      Position firstMutationEnd = null;
      for (MethodCallExpr c : branch.findAll(MethodCallExpr.class)) {
        if (MUTATORS.contains(c.getNameAsString()) && c.getScope().map(s -> s instanceof NameExpr n && n.getNameAsString().equals(map)).orElse(false)) {
          Position end = c.getEnd().orElseThrow();
          if (firstMutationEnd == null || end.isBefore(firstMutationEnd)) firstMutationEnd = end;
        }
      }
      Position limit = firstMutationEnd;
      boolean allBefore = limit == null || gets.stream().allMatch(g -> !g.getEnd().orElseThrow().isAfter(limit));
      if (!allBefore) continue;

      String value = valueName(map, ctx);
      Statement decl = StaticJavaParser.parseStatement(valueType.get() + " " + value + " = " + map + ".get(" + key + ");");
      for (MethodCallExpr g : gets) g.replace(new NameExpr(value));
      ifs.setCondition(new BinaryExpr(new NameExpr(value), new com.github.javaparser.ast.expr.NullLiteralExpr(),
          negated ? BinaryExpr.Operator.EQUALS : BinaryExpr.Operator.NOT_EQUALS));
      block.addStatement(block.getStatements().indexOf(ifs), decl);
      return Optional.of("'" + map + ".containsKey(" + key + ")' followed by '" + map + ".get(" + key + ")' looked the key up"
          + " twice; one get into '" + value + "' and a null check replace them. " + map + " cannot hold null values"
          + " here, so 'get != null' is exactly 'containsKey'.");
    }
    return Optional.empty();
  }

  /** A fresh local for one value of {@code map}: {@code counts} → {@code count}. */
  static String valueName(String map, RecipeContext ctx) {
    return ctx.freshName(map.endsWith("s") && map.length() > 1 ? map.substring(0, map.length() - 1) : map + "Value");
  }

  private static boolean isOn(MethodCallExpr c, String map) {
    return c.getScope().map(s -> s instanceof NameExpr n && n.getNameAsString().equals(map)).orElse(false);
  }

  static boolean isGet(Expression e, String map, Expression key) {
    return e instanceof MethodCallExpr c && c.getNameAsString().equals("get") && c.getArguments().size() == 1 && c.getArgument(0).equals(key)
        && c.getScope().map(s -> s instanceof NameExpr n && n.getNameAsString().equals(map)).orElse(false);
  }

  static boolean isPureKey(Expression key, Node ifs) {
    if (key instanceof MethodCallExpr || key instanceof com.github.javaparser.ast.expr.FieldAccessExpr) {
      // Accessors are re-evaluated after code in the branch ran: only immutable record components qualify.
      return PureReads.isPure(key, ifs) && key.findAll(MethodCallExpr.class).stream().allMatch(PureReads::isRecordAccessor)
          && key.findAll(com.github.javaparser.ast.expr.FieldAccessExpr.class).isEmpty();
    }
    if (key instanceof StringLiteralExpr || key instanceof IntegerLiteralExpr || key instanceof LongLiteralExpr
        || key instanceof CharLiteralExpr) return true;
    return key instanceof NameExpr n && !Variables.isWrittenIn(ifs, n.getNameAsString());
  }

  /** Value type (as written) when the map provably holds no null values; see the class comment. */
  static Optional<String> nullFreeMapValueType(MethodDeclaration method, String map) {
    String declared = null;
    for (Parameter p : method.getParameters()) if (p.getNameAsString().equals(map)) declared = p.getType().asString();
    Optional<VariableDeclarator> local = Variables.uniqueLocal(method, map);
    if (declared == null && local.isPresent()) {
      VariableDeclarator v = local.get();
      // var m = new HashMap<K, V>(): the type arguments are on the creation.
      declared = v.getType().isVarType()
          ? v.getInitializer().filter(i -> i instanceof ObjectCreationExpr).map(i -> ((ObjectCreationExpr) i).getType().asString()).orElse(null)
          : v.getType().asString();
      if (declared == null) return Optional.empty();
    }
    if (declared == null) {
      Optional<com.github.javaparser.ast.body.FieldDeclaration> f =
          method.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class).flatMap(t -> t.getFieldByName(map));
      if (f.isPresent()) declared = f.get().getVariables().stream().filter(v -> v.getNameAsString().equals(map)).findFirst().get().getType().asString();
    }
    if (declared == null) return Optional.empty();
    List<String> args = Ast.typeArguments(declared);
    if (args.size() != 2 || args.get(1).startsWith("?")) return Optional.empty();
    String raw = Ast.erasure(declared).replaceAll("^java\\.util\\.(concurrent\\.)?", "");
    if (NO_NULL_VALUES.contains(raw)) return Optional.of(args.get(1));
    if (local.isEmpty() && method.getParameterByName(map).isEmpty()) {
      return NullFreeMapField.createdAs(method, map).map(created -> args.get(1));
    }
    if (local.isEmpty() || Variables.isWrittenIn(method, map)) return Optional.empty();
    Optional<Expression> init = local.get().getInitializer();
    if (init.isEmpty() || !(init.get() instanceof ObjectCreationExpr oc) || !LOCAL_MAPS.contains(oc.getType().getNameAsString())
        || !oc.getArguments().isEmpty() || oc.getAnonymousClassBody().isPresent()) return Optional.empty();
    for (NameExpr use : Variables.uses(method, map)) {
      if (Ast.inDeferredCode(use, method)) return Optional.empty();
      // Returning the map ends the method: whatever the caller stores later cannot reach this code.
      if (use.findAncestor(ReturnStmt.class, r -> Ast.isInside(r, method)).isPresent()) continue;
      if (Ast.isArgument(use)) return Optional.empty();
      Optional<MethodCallExpr> call = Ast.callOn(use);
      if (call.isEmpty()) return Optional.empty();
      String name = call.get().getNameAsString();
      if (!SAFE_USES.contains(name)) return Optional.empty();
      if (name.equals("put") && !Nullness.neverNull(call.get().getArgument(1))) return Optional.empty();
      if ((name.equals("keySet") || name.equals("values") || name.equals("entrySet")) && escapesView(call.get())) return Optional.empty();
    }
    return Optional.of(args.get(1));
  }

  /** A view like entrySet() permits setValue(null) through its entries; allow only iteration. */
  private static boolean escapesView(MethodCallExpr view) {
    return !(view.getParentNode().orElse(null) instanceof com.github.javaparser.ast.stmt.ForEachStmt fe && fe.getIterable() == view)
        || view.getNameAsString().equals("entrySet");
  }

}
