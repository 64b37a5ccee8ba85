package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The map-value shape of {@code list-as-set}: in a loop, {@code var l = m.computeIfAbsent(k, x ->
 * new ArrayList<>()); if (!l.contains(e)) l.add(e);} de-duplicates per key, scanning that key's
 * list per question. The lists stay (they are what the method builds); an {@code IdentityHashMap}
 * from each list to a {@code HashSet} of its elements, declared before the outermost loop, answers
 * the test, and {@code if (!l.contains(e)) l.add(e)} becomes {@code if (lSeen == null ? !l.contains(e) :
 * lSeen.add(e)) l.add(e)}.
 *
 * <p>Preconditions (they keep each set equal to its list's elements whenever it is asked):
 *
 * <ul>
 *   <li>{@code m} is a local declared once, outside the loop, initialised with {@code new
 *       HashMap/LinkedHashMap/TreeMap<>()} (so it holds no list on entry), never reassigned; in
 *       and before the loop it is used only by this {@code computeIfAbsent}, whose function is
 *       {@code x -> new ArrayList<>()} (or {@code LinkedList}): every list in it is created there;
 *       every other use is after the loop (the lists cannot escape, and so cannot be changed by
 *       anyone else, while the sets are in use);
 *   <li>{@code l} is declared by that call, never reassigned, and used only by {@code contains}
 *       (at least one), by {@code add} only as the first statement guarded by {@code
 *       !l.contains(e)} with the same {@code e} (a variable, literal or record component of one,
 *       so both evaluate to the same value), and by reads ({@code size/get/isEmpty/...},
 *       for-each); never passed, assigned, captured or returned;
 *   <li>the element type is a JDK value type or an enum (equals/hashCode agree; nulls behave the
 *       same in {@code HashSet} and {@code List.contains});
 *   <li>nothing of it sits in a lambda or inner class.
 * </ul>
 *
 * The sets are keyed by list identity, so nothing about the map's key type matters. A list shorter
 * than {@value #SCAN_BELOW} is still scanned (many short lists, e.g. one per distinct key, would
 * otherwise pay a set each); its set is made as a copy of the list the first time it is asked at
 * that length or more; lists only grow and a list that has a set gets every later add mirrored,
 * so a set, once there, holds exactly its list's elements.
 */
final class MapValueListAsSet {
  private static final Set<String> MAPS = Set.of("HashMap", "LinkedHashMap", "TreeMap");
  private static final Set<String> NEW_LISTS = Set.of("ArrayList", "LinkedList");
  /** Lists shorter than this are still scanned; a list's set is made (from the list) once it has grown to it. */
  private static final int SCAN_BELOW = 8;

  private MapValueListAsSet() {}

  static Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (VariableDeclarator l : method.findAll(VariableDeclarator.class)) {
      if (!(l.getInitializer().orElse(null) instanceof MethodCallExpr c) || !isListFactoryCall(c)) continue;
      Optional<String> done = rewrite(method, l, c, ctx);
      if (done.isPresent()) return done;
    }
    return Optional.empty();
  }

  /** {@code m.computeIfAbsent(k, x -> new ArrayList<>())} with {@code m} a name. */
  private static boolean isListFactoryCall(MethodCallExpr c) {
    if (!c.getNameAsString().equals("computeIfAbsent") || c.getArguments().size() != 2
        || !(c.getScope().orElse(null) instanceof NameExpr)) return false;
    if (!(c.getArgument(1) instanceof LambdaExpr f) || f.getParameters().size() != 1
        || !(f.getBody() instanceof ExpressionStmt es)) return false;
    return es.getExpression() instanceof ObjectCreationExpr oc && oc.getArguments().isEmpty()
        && oc.getAnonymousClassBody().isEmpty() && NEW_LISTS.contains(oc.getType().getNameAsString());
  }

  private static Optional<String> rewrite(MethodDeclaration method, VariableDeclarator l, MethodCallExpr call, RecipeContext ctx) {
    String list = l.getNameAsString();
    String map = ((NameExpr) call.getScope().orElseThrow()).getNameAsString();
    if (Ast.inDeferredCode(l, method)) return Optional.empty();
    if (!(l.getParentNode().orElse(null) instanceof VariableDeclarationExpr vde) || vde.getVariables().size() != 1
        || !(vde.getParentNode().orElse(null) instanceof ExpressionStmt decl)
        || !(decl.getParentNode().orElse(null) instanceof BlockStmt declBlock)) return Optional.empty();
    Optional<Node> loop = Loops.outermost(l, method);
    if (loop.isEmpty() || !(loop.get().getParentNode().orElse(null) instanceof BlockStmt loopBlock)) return Optional.empty();
    Optional<VariableDeclarator> m = Variables.uniqueLocal(method, map);
    if (m.isEmpty() || Ast.isInside(m.get(), loop.get()) || Variables.isWrittenIn(method, map)
        || !(m.get().getInitializer().orElse(null) instanceof ObjectCreationExpr newMap) || !newMap.getArguments().isEmpty()
        || newMap.getAnonymousClassBody().isPresent() || !MAPS.contains(newMap.getType().getNameAsString())) {
      return ctx.refuse("'" + map + "' is not a local map created empty by the method (new HashMap/LinkedHashMap/TreeMap<>())"
          + " outside the loop and never reassigned: it could hold lists the membership sets do not know");
    }
    Optional<Type> valueType = valueType(m.get());
    Optional<String> element = valueType.flatMap(HashKeys::elementOf)
        .map(e -> valueType.get().asClassOrInterfaceType().getTypeArguments().orElseThrow().get(0).toString());
    if (element.isEmpty()) {
      return ctx.refuse("the element type of the lists in '" + map + "' is not a JDK value type or enum (equals/hashCode may disagree)");
    }
    int loopEnd = loop.get().getEnd().map(p -> p.line * 100_000 + p.column).orElse(Integer.MAX_VALUE);
    for (NameExpr use : Variables.uses(method, map)) {
      if (use == call.getScope().get()) continue;
      int at = use.getBegin().map(p -> p.line * 100_000 + p.column).orElse(0);
      if (at <= loopEnd || Ast.inDeferredCode(use, method)) {
        return ctx.refuse("'" + map + "' is used before the loop ends other than by '" + list + " = " + map
            + ".computeIfAbsent(...)': its lists could change behind the membership sets");
      }
    }
    if (Variables.isWrittenIn(method, list) || Variables.uniqueLocal(method, list).isEmpty()) return Optional.empty();
    List<MethodCallExpr> contains = new ArrayList<>();
    List<MethodCallExpr> adds = new ArrayList<>();
    for (NameExpr use : Variables.uses(method, list)) {
      if (Ast.inDeferredCode(use, method)) return ctx.refuse("'" + list + "' is used in a lambda or inner class");
      if (use.getParentNode().orElse(null) instanceof ForEachStmt fe && fe.getIterable() == use) continue;
      Optional<MethodCallExpr> on = Ast.callOn(use);
      String name = on.map(MethodCallExpr::getNameAsString).orElse("");
      if (name.equals("contains") && on.get().getArguments().size() == 1) {
        contains.add(on.get());
      } else if (name.equals("add") && on.get().getArguments().size() == 1 && on.get().getParentNode().orElse(null) instanceof ExpressionStmt) {
        adds.add(on.get());
      } else if (on.isEmpty() || !ListAsSetRecipe.READS.contains(name)) {
        return ctx.refuse("'" + list + "' is used other than by contains, a guarded add or reads (" + use.getParentNode().orElse(use)
            + "): it could change or escape behind its membership set");
      }
    }
    List<MethodCallExpr> fused = new ArrayList<>();
    for (MethodCallExpr c : contains) ListAsSetRecipe.guardedAdd(c, adds).ifPresent(fused::add);
    if (contains.isEmpty()) return Optional.empty();
    if (fused.size() != adds.size()) {
      return ctx.refuse("'" + list + ".add' is not only the first statement under 'if (!" + list + ".contains(e))' with the same e");
    }

    String seenMap = ctx.freshName(map + "Seen");
    String seen = ctx.freshName(list + "Seen");
    String k = ctx.freshName("values");
    for (MethodCallExpr c : contains) {
      boolean guards = ListAsSetRecipe.guardedAdd(c, adds).isPresent();
      // Short lists keep the scan (no set yet): a set per list costs more than scanning a few elements.
      String x = c.getArgument(0).toString();
      Expression test = guards ? c.getParentNode().map(n -> (UnaryExpr) n).orElseThrow() : c;
      Expression choice = StaticJavaParser.parseExpression(guards
          ? seen + " == null ? !" + list + ".contains(" + x + ") : " + seen + ".add(" + x + ")"
          : seen + " == null ? " + list + ".contains(" + x + ") : " + seen + ".contains(" + x + ")");
      boolean wholeCondition = test.getParentNode().orElse(null) instanceof IfStmt ifs && ifs.getCondition() == test;
      test.replace(wholeCondition ? choice : new EnclosedExpr(choice));
    }
    declBlock.addStatement(declBlock.getStatements().indexOf(decl) + 1, StaticJavaParser.parseStatement(
        "Set<" + element.get() + "> " + seen + " = " + list + ".size() < " + SCAN_BELOW + " ? null : " + seenMap + ".computeIfAbsent("
            + list + ", " + k + " -> new HashSet<>(" + k + "));"));
    loopBlock.addStatement(loopBlock.getStatements().indexOf((Statement) loop.get()), StaticJavaParser.parseStatement(
        "Map<" + valueType.get() + ", Set<" + element.get() + ">> " + seenMap + " = new IdentityHashMap<>();"));
    ctx.importType("java.util.Map");
    ctx.importType("java.util.Set");
    ctx.importType("java.util.HashSet");
    ctx.importType("java.util.IdentityHashMap");
    return Optional.of("'" + list + ".contains' scanned the list '" + map + ".computeIfAbsent' returned, once per question in a"
        + " loop; '" + seenMap + "' (by list identity) gives each list a HashSet '" + seen + "' of its " + element.get()
        + " elements once it has " + SCAN_BELOW + " or more (shorter lists are still scanned), and 'if (!" + list + ".contains(e)) "
        + list + ".add(e)' then asks the set's add. The lists, their order"
        + " and what the method returns are unchanged: every list in '" + map + "' is created by that call, only that guarded"
        + " add changes one, and '" + map + "' is not used elsewhere before the loop ends; " + element.get()
        + " has consistent equals/hashCode.");
  }

  /** {@code List<E>} in {@code Map<K, List<E>>}, from the declared type or, for {@code var}, from the {@code new} expression. */
  private static Optional<Type> valueType(VariableDeclarator m) {
    Type t = m.getType().isVarType() ? ((ObjectCreationExpr) m.getInitializer().orElseThrow()).getType() : m.getType();
    if (!(t instanceof ClassOrInterfaceType ct)) return Optional.empty();
    List<Type> args = ct.getTypeArguments().map(List::copyOf).orElse(List.of());
    if (args.size() != 2 || !(args.get(1) instanceof ClassOrInterfaceType v)) return Optional.empty();
    String raw = v.getNameAsString();
    return Set.of("List", "ArrayList", "LinkedList", "Collection").contains(raw) ? Optional.of(v) : Optional.empty();
  }
}
