package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.Optional;
import java.util.Set;

/**
 * The helper shape of {@code nested-loop-join}: the inner loop lives in a first-match search
 * helper that the target calls per element of its loop, {@code T b = find(items, key)} with
 * {@code find} being {@code for (T x : items) if (KEY(x).equals(key)) return x; return null;}. A
 * map from key to the FIRST element with that key ({@code putIfAbsent}) is built once before the
 * loop; each call becomes a generated lookup that asks the map, or calls the original helper when
 * the map is unusable.
 *
 * <p>Why each check: the helper is private or static (the call cannot be overridden) and is
 * exactly the first-match scan (a {@link JoinKey} test between its key parameter and the element,
 * or a record component or final field of it, of a JDK value type, so equals/hashCode agree and
 * are symmetric); the items variable is a parameter or local of the target declared before the
 * loop, never reassigned, and used in the target only as that argument; the loop holds no other
 * call that could reach the items (no other own-class calls; JDK value-class methods, record
 * accessors, reads of JDK collections and calls on collections created in the method only) and
 * writes only arrays created in the method. The map is {@code null} when the items are null or
 * hold a null element or a null key, and a null key argument takes the original helper too, so
 * every exception and every miss happens exactly as before.
 */
final class SearchHelperJoin {
  private static final Set<String> LISTS = Set.of("java.util.List", "java.util.ArrayList", "java.util.Collection");

  private SearchHelperJoin() {}

  static Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
      if (call.getScope().isPresent() && !call.getScope().get().isThisExpr()) continue;
      if (call.getArguments().size() != 2 || Ast.inDeferredCode(call, method)) continue;
      Optional<Node> loop = Loops.outermost(call, method);
      if (loop.isEmpty() || !(loop.get().getParentNode().orElse(null) instanceof BlockStmt block)) continue;
      Optional<MethodDeclaration> helper = Callees.called(method, ctx.type()).stream().filter(d -> resolvesTo(call, d)).findFirst();
      if (helper.isEmpty() || !(helper.get().isPrivate() || helper.get().isStatic())) continue;
      Optional<Search> search = Search.of(helper.get());
      if (search.isEmpty()) continue;
      Search s = search.get();
      if (!(call.getArgument(s.itemsIndex()) instanceof NameExpr items)) continue;
      String arr = items.getNameAsString();
      if (!stableItems(method, arr, loop.get(), helper.get())) continue;
      if (!NestedLoopJoinRecipe.onlyHarmlessCalls(method, loop.get(), c -> resolvesTo(c, helper.get()))) continue;
      if (!writesOnlyFreshArrays(method, loop.get())) continue;
      // A local initialised from another variable may be (or view) a list or array the loop changes.
      if (NestedLoopJoinRecipe.mayViewAGrowingLocal(method, arr, loop.get())
          || (!NestedLoopJoinRecipe.createdHere(method, arr) && !loop.get().findAll(AssignExpr.class, a -> a.getTarget() instanceof ArrayAccessExpr).isEmpty())) {
        continue;
      }

      String name = helper.get().getNameAsString();
      String index = ctx.freshName(arr + "By" + capitalize(name));
      String build = ctx.freshName(name + "Index");
      String lookup = ctx.freshName(name + "Indexed");
      String mapType = "Map<" + s.key().keyType() + ", " + s.elementType() + ">";
      String x = s.element();
      String kb = s.key().innerKey().toString();
      addFirstByKeyBuilder(ctx, build, mapType, s.itemsType(), s.elementType(), x, kb, s.primitiveKey());
      String keyParam = s.keyParamType();
      ctx.addMethod(StaticJavaParser.parseMethodDeclaration(
          "private " + (method.isStatic() || helper.get().isStatic() ? "static " : "") + s.elementType() + " " + lookup + "("
              + mapType + " index, " + s.itemsType() + " items, " + keyParam + " key) {\n"
              + "  if (index == null" + (s.primitiveParam() ? "" : " || key == null") + ") return "
              + (s.itemsIndex() == 0 ? name + "(items, key)" : name + "(key, items)") + ";\n"
              + "  return index.get(key);\n"
              + "}"));
      block.addStatement(block.getStatements().indexOf((Statement) loop.get()),
          StaticJavaParser.parseStatement(mapType + " " + index + " = " + build + "(" + arr + ");"));
      call.replace(StaticJavaParser.parseExpression(lookup + "(" + index + ", " + arr + ", " + call.getArgument(1 - s.itemsIndex()) + ")"));
      ctx.importType("java.util.Map");
      ctx.importType("java.util.HashMap");
      return Optional.of(name + "() scans '" + arr + "' for the first element whose key equals its argument and ran once per"
          + " element of a loop (a nested-loop join); a HashMap '" + index + "' from key to the first such element is built"
          + " once before the loop and answers each search in constant time (" + s.key().keyType() + " has consistent"
          + " equals/hashCode; '" + arr + "' does not change during the loop; null items, null elements, null keys or a"
          + " null search key fall back to the original " + name + "())");
    }
    return Optional.empty();
  }

  /**
   * Adds {@code private static Map<K, T> build(Items items)}: each key's FIRST element ({@code
   * putIfAbsent}, so a first-match search finds the same one), or {@code null} when the items, an
   * element or (for a reference key) an element's key is null, so the caller runs the original scan
   * and every exception happens as before.
   */
  static void addFirstByKeyBuilder(RecipeContext ctx, String build, String mapType, String itemsType, String elementType,
      String x, String kb, boolean primitiveKey) {
    String nullKey = primitiveKey ? "" : " || " + kb + " == null";
    ctx.addMethod(StaticJavaParser.parseMethodDeclaration(
        "private static " + mapType + " " + build + "(" + itemsType + " items) {\n"
            + "  if (items == null) return null;\n"
            + "  " + mapType + " index = new HashMap<>();\n"
            + "  for (" + elementType + " " + x + " : items) {\n"
            + "    if (" + x + " == null" + nullKey + ") return null;\n"
            + "    index.putIfAbsent(" + kb + ", " + x + ");\n"
            + "  }\n"
            + "  return index;\n"
            + "}"));
  }

  private static boolean resolvesTo(MethodCallExpr c, MethodDeclaration d) {
    if (!c.getNameAsString().equals(d.getNameAsString()) || c.getArguments().size() != d.getParameters().size()) return false;
    if (c.getScope().isPresent() && !c.getScope().get().isThisExpr()) return false;
    try {
      return c.resolve().toAst().map(n -> n == d).orElse(false);
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  /** The items variable exists before the loop, is never reassigned, and is used only as the helper's argument. */
  private static boolean stableItems(MethodDeclaration method, String arr, Node loop, MethodDeclaration helper) {
    boolean param = method.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(arr));
    if (!param && Variables.uniqueLocal(method, arr).map(v -> Ast.isInside(v, loop)).orElse(true)) return false;
    if (Variables.shadowsField(method, arr) && !param) return false;
    if (Variables.isWrittenIn(method, arr)) return false;
    return Variables.uses(method, arr).stream().allMatch(u -> !Ast.inDeferredCode(u, method)
        && u.getParentNode().filter(p -> p instanceof MethodCallExpr c && c.getArguments().contains(u) && resolvesTo(c, helper)).isPresent());
  }

  /** Array element writes in the loop go only to arrays the method itself created (they cannot alias the items). */
  private static boolean writesOnlyFreshArrays(MethodDeclaration method, Node loop) {
    for (AssignExpr a : loop.findAll(AssignExpr.class)) {
      if (!(a.getTarget() instanceof ArrayAccessExpr t)) continue;
      if (!(t.getName() instanceof NameExpr n)) return false;
      boolean fresh = Variables.uniqueLocal(method, n.getNameAsString()).flatMap(v -> v.getInitializer())
          .map(i -> i instanceof ArrayCreationExpr).orElse(false) && !Variables.isWrittenIn(method, n.getNameAsString());
      if (!fresh) return false;
    }
    return true;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A helper that is exactly {@code for (T x : items) if (test) return x; return null;}. */
  private record Search(int itemsIndex, String itemsType, String keyParamType, String elementType, String element, JoinKey key,
      boolean primitiveKey, boolean primitiveParam) {
    static Optional<Search> of(MethodDeclaration d) {
      // A generic helper's element type means nothing outside it.
      if (d.getParameters().size() != 2 || d.getBody().isEmpty() || !d.getTypeParameters().isEmpty()) return Optional.empty();
      var stmts = d.getBody().get().getStatements();
      if (stmts.size() != 2 || !(stmts.get(0) instanceof ForEachStmt loop)) return Optional.empty();
      if (!(stmts.get(1) instanceof ReturnStmt r) || !(r.getExpression().orElse(null) instanceof NullLiteralExpr)) return Optional.empty();
      if (!(loop.getIterable() instanceof NameExpr it) || loop.getVariable().getVariables().size() != 1) return Optional.empty();
      if (loop.getVariable().getElementType().isVarType()) return Optional.empty();
      int itemsIndex = -1;
      for (int i = 0; i < 2; i++) if (d.getParameter(i).getNameAsString().equals(it.getNameAsString())) itemsIndex = i;
      if (itemsIndex < 0) return Optional.empty();
      Parameter items = d.getParameter(itemsIndex);
      Parameter key = d.getParameter(1 - itemsIndex);
      if (items.isVarArgs() || !iterableOf(items)) return Optional.empty();
      if (Variables.isWrittenIn(d.getBody().get(), items.getNameAsString()) || Variables.isWrittenIn(d.getBody().get(), key.getNameAsString())) {
        return Optional.empty();
      }
      String x = loop.getVariable().getVariables().get(0).getNameAsString();
      Statement body = loop.getBody();
      if (body instanceof BlockStmt b && b.getStatements().size() == 1) body = b.getStatement(0);
      if (!(body instanceof IfStmt test) || test.getElseStmt().isPresent()) return Optional.empty();
      Statement then = test.getThenStmt();
      if (then instanceof BlockStmt b && b.getStatements().size() == 1) then = b.getStatement(0);
      if (!(then instanceof ReturnStmt hit) || !(hit.getExpression().orElse(null) instanceof NameExpr h) || !h.getNameAsString().equals(x)) {
        return Optional.empty();
      }
      Optional<JoinKey> k = JoinKey.of(test.getCondition(), x, loop);
      if (k.isEmpty() || !(k.get().outerKey() instanceof NameExpr ka) || !ka.getNameAsString().equals(key.getNameAsString())) return Optional.empty();
      String elementType = loop.getVariable().getElementType().asString();
      if (!d.getType().asString().equals(elementType)) return Optional.empty();
      boolean primitiveKey;
      try {
        primitiveKey = k.get().innerKey().calculateResolvedType().isPrimitive();
      } catch (RuntimeException | StackOverflowError e) {
        return Optional.empty();
      }
      return Optional.of(new Search(itemsIndex, items.getType().asString(), key.getType().asString(), elementType, x, k.get(),
          primitiveKey, key.getType().isPrimitiveType()));
    }

    private static boolean iterableOf(Parameter items) {
      if (items.getType().isArrayType()) return items.getType().asArrayType().getArrayLevel() == 1;
      try {
        return LISTS.contains(Ast.erasure(items.getType().resolve().describe()));
      } catch (RuntimeException | StackOverflowError e) {
        return false;
      }
    }
  }
}
