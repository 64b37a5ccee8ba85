package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code list-as-set}: a list the method builds itself and asks {@code contains} of inside a loop
 * (typically deduplication in first-seen order: {@code if (!out.contains(x)) out.add(x);}) scans
 * the whole list per question. The list stays (same order, same result, same type); a {@code
 * HashSet} beside it holds the same elements and answers {@code contains}.
 *
 * <p>Preconditions:
 *
 * <ul>
 *   <li>the list is a local declared once ({@code List/ArrayList/LinkedList/Collection<E>} or
 *       {@code var}) and initialised with {@code new ArrayList/LinkedList(...)}; it is never
 *       reassigned;
 *   <li>{@code E} is a JDK value type or an enum, so {@code equals} and {@code hashCode} agree and
 *       {@code HashSet.contains} answers exactly as {@code List.contains} (nulls included);
 *   <li>every mutation is a statement {@code add(e)}, {@code addAll(c)} or {@code clear()}, each
 *       mirrored on the set, so the set always holds exactly the list's distinct elements; other
 *       uses are reads ({@code size/get/isEmpty/indexOf/stream/...}, for-each) or sit inside a
 *       {@code return} statement (the method ends there, so an escape cannot reach the set); the
 *       list is never passed to another call, assigned, or used in a lambda/inner class before
 *       that, so no alias can mutate it behind the set's back;
 *   <li>at least one {@code contains} (or {@code indexOf(x) < 0}, {@code >= 0}, {@code == -1},
 *       {@code != -1}, which ask the same) runs in a loop; each element expression is evaluated once,
 *       as before; the fused {@code if (!l.contains(e)) l.add(e)} needs {@code e} a variable,
 *       literal or record component of one, so the test and the add see the same value.
 * </ul>
 *
 * <p>Lists kept as map values ({@code m.computeIfAbsent(k, x -> new ArrayList<>())}) are the
 * {@link MapValueListAsSet} shape, with its own preconditions.
 */
public final class ListAsSetRecipe implements Recipe {
  private static final Set<String> LIST_TYPES = Set.of("List", "ArrayList", "LinkedList", "Collection", "var");
  private static final Set<String> NEW_LISTS = Set.of("ArrayList", "LinkedList");
  static final Set<String> READS = Set.of("size", "isEmpty", "get", "indexOf", "lastIndexOf", "stream",
      "toArray", "toString", "hashCode", "equals", "containsAll", "getFirst", "getLast");

  @Override
  public String id() {
    return "list-as-set";
  }

  @Override
  public String description() {
    return "contains on a list the method builds -> a HashSet kept beside the list answers it";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (VariableDeclarator v : method.findAll(VariableDeclarator.class)) {
      Optional<Plan> plan = plan(method, v);
      if (plan.isPresent()) return Optional.of(rewrite(plan.get(), ctx));
    }
    return MapValueListAsSet.apply(method, ctx);
  }

  /** The list, where its declaration sits, and its uses by kind. */
  private record Plan(VariableDeclarator list, String elementType, ExpressionStmt declaration, BlockStmt block,
      List<MethodCallExpr> contains, List<MethodCallExpr> mutations) {}

  private static Optional<Plan> plan(MethodDeclaration method, VariableDeclarator v) {
    String name = v.getNameAsString();
    if (!LIST_TYPES.contains(Ast.erasure(v.getType().asString()).replace("java.util.", ""))) return Optional.empty();
    if (!(v.getInitializer().orElse(null) instanceof ObjectCreationExpr oc) || oc.getAnonymousClassBody().isPresent()
        || !NEW_LISTS.contains(oc.getType().getNameAsString())) return Optional.empty();
    if (Variables.uniqueLocal(method, name).isEmpty() || Variables.isWrittenIn(method, name)) return Optional.empty();
    if (!(v.getParentNode().orElse(null) instanceof VariableDeclarationExpr vde) || vde.getVariables().size() != 1
        || !(vde.getParentNode().orElse(null) instanceof ExpressionStmt decl)
        || !(decl.getParentNode().orElse(null) instanceof BlockStmt block)) return Optional.empty();
    Optional<String> element = HashKeys.elementOfLocal(v);
    if (element.isEmpty()) return Optional.empty();
    String written = writtenElementType(v);
    List<MethodCallExpr> contains = new ArrayList<>();
    List<MethodCallExpr> mutations = new ArrayList<>();
    for (NameExpr use : Variables.uses(method, name)) {
      if (Ast.inDeferredCode(use, method)) return Optional.empty();
      if (use.findAncestor(ReturnStmt.class, r -> Ast.isInside(r, method)).isPresent()) continue;
      if (use.getParentNode().orElse(null) instanceof ForEachStmt fe && fe.getIterable() == use) continue;
      Optional<MethodCallExpr> on = Ast.callOn(use);
      if (on.isEmpty()) return Optional.empty();
      MethodCallExpr c = on.get();
      String m = c.getNameAsString();
      boolean statement = c.getParentNode().orElse(null) instanceof ExpressionStmt;
      if (m.equals("contains") && c.getArguments().size() == 1) {
        contains.add(c);
      } else if (m.equals("indexOf") && c.getArguments().size() == 1 && membershipTest(c).isPresent()) {
        contains.add(c);
      } else if (statement && ((m.equals("add") || m.equals("addAll")) && c.getArguments().size() == 1
          || m.equals("clear") && c.getArguments().isEmpty())) {
        mutations.add(c);
      } else if (!READS.contains(m)) {
        return Optional.empty();
      }
    }
    if (contains.stream().noneMatch(c -> Loops.enclosing(c, method).isPresent())) return Optional.empty();
    return Optional.of(new Plan(v, written, decl, block, contains, mutations));
  }

  /** The element type as the source spells it (so it is visible at the declaration). */
  private static String writtenElementType(VariableDeclarator v) {
    ClassOrInterfaceType t = v.getType().isVarType()
        ? ((ObjectCreationExpr) v.getInitializer().orElseThrow()).getType()
        : v.getType().asClassOrInterfaceType();
    return t.getTypeArguments().orElseThrow().get(0).toString();
  }

  private static String rewrite(Plan p, RecipeContext ctx) {
    String list = p.list().getNameAsString();
    String seen = ctx.freshName(list + "Seen");
    List<MethodCallExpr> mirrored = new ArrayList<>();
    int fused = 0;
    for (MethodCallExpr probe : p.contains()) {
      MethodCallExpr c = probe.getNameAsString().equals("indexOf") ? asContains(probe) : probe;
      Optional<MethodCallExpr> add = guardedAdd(c, p.mutations());
      if (add.isPresent()) {
        // if (!list.contains(x)) { list.add(x); ... }: the set's add answers the question and records x at once.
        ((UnaryExpr) c.getParentNode().orElseThrow()).replace(new MethodCallExpr(new NameExpr(seen), "add", c.getArguments()));
        mirrored.add(add.get());
        fused++;
      } else {
        c.setScope(new NameExpr(seen));
      }
    }
    for (MethodCallExpr m : p.mutations()) {
      if (!mirrored.contains(m)) mirror(m, seen, p.elementType(), ctx);
    }
    p.block().addStatement(p.block().getStatements().indexOf(p.declaration()) + 1,
        StaticJavaParser.parseStatement("Set<" + p.elementType() + "> " + seen + " = new HashSet<>(" + list + ");"));
    ctx.importType("java.util.Set");
    ctx.importType("java.util.HashSet");
    return "'" + list + ".contains' scanned the list the method builds, once per question (" + p.contains().size()
        + " site(s), in a loop); a HashSet '" + seen + "' now holds the same " + p.elementType() + " elements (every add/addAll/clear"
        + " is mirrored" + (fused > 0 ? ", and 'if (!contains) add' uses the set's add as the test" : "") + ") and answers"
        + " in constant time. The list itself, its order and what the method returns are unchanged; it never escapes"
        + " before the method returns, and " + p.elementType() + " has consistent equals/hashCode.";
  }

  /**
   * {@code l.indexOf(x) < 0} / {@code == -1} (absent) or {@code >= 0} / {@code != -1} (present):
   * true when the comparison asks "absent".
   */
  private static Optional<Boolean> membershipTest(MethodCallExpr indexOf) {
    if (!(indexOf.getParentNode().orElse(null) instanceof BinaryExpr b) || b.getLeft() != indexOf) return Optional.empty();
    String bound = Ast.unwrap(b.getRight()).toString();
    return switch (b.getOperator()) {
      case LESS -> bound.equals("0") ? Optional.of(true) : Optional.empty();
      case GREATER_EQUALS -> bound.equals("0") ? Optional.of(false) : Optional.empty();
      case EQUALS -> bound.equals("-1") ? Optional.of(true) : Optional.empty();
      case NOT_EQUALS -> bound.equals("-1") ? Optional.of(false) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** Replaces {@code l.indexOf(x) < 0}-style tests by {@code !l.contains(x)} and returns the contains call. */
  private static MethodCallExpr asContains(MethodCallExpr indexOf) {
    boolean absent = membershipTest(indexOf).orElseThrow();
    MethodCallExpr contains = new MethodCallExpr(indexOf.getScope().orElseThrow().clone(), "contains", indexOf.getArguments());
    BinaryExpr test = (BinaryExpr) indexOf.getParentNode().orElseThrow();
    test.replace(absent ? new UnaryExpr(contains, UnaryExpr.Operator.LOGICAL_COMPLEMENT) : contains);
    return contains;
  }

  /**
   * The {@code list.add(x)} that {@code !list.contains(x)} guards as the first statement of its
   * {@code then} branch, with {@code x} the same variable, literal or record component of one.
   */
  static Optional<MethodCallExpr> guardedAdd(MethodCallExpr contains, List<MethodCallExpr> mutations) {
    Expression x = contains.getArgument(0);
    if (!stable(x)) return Optional.empty();
    if (!(contains.getParentNode().orElse(null) instanceof UnaryExpr not) || not.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT
        || !(not.getParentNode().orElse(null) instanceof IfStmt ifs) || ifs.getCondition() != not) return Optional.empty();
    Statement first = ifs.getThenStmt();
    if (first instanceof BlockStmt b) {
      if (b.getStatements().isEmpty()) return Optional.empty();
      first = b.getStatement(0);
    }
    if (!(first instanceof ExpressionStmt es) || !(es.getExpression() instanceof MethodCallExpr add)) return Optional.empty();
    boolean sameList = add.getScope().map(s -> s.equals(contains.getScope().orElseThrow())).orElse(false);
    if (!sameList || !add.getNameAsString().equals("add") || add.getArguments().size() != 1 || !add.getArgument(0).equals(x)) {
      return Optional.empty();
    }
    return mutations.stream().filter(m -> m == add).findFirst();
  }

  /**
   * Evaluates to the same value at the test and at the add right after it: a variable, a literal,
   * or a record component of one (components are final and accessors are never overridden).
   */
  private static boolean stable(Expression x) {
    if (x instanceof NameExpr || x instanceof LiteralExpr) return true;
    return x instanceof MethodCallExpr c && c.getArguments().isEmpty() && c.getScope().map(ListAsSetRecipe::stable).orElse(false)
        && PureReads.isRecordAccessor(c);
  }

  /** After {@code list.m(args);} the set gets the same change; a complex argument is evaluated once into a local. */
  private static void mirror(MethodCallExpr m, String seen, String elementType, RecipeContext ctx) {
    ExpressionStmt stmt = (ExpressionStmt) m.getParentNode().orElseThrow();
    List<Statement> replacement = new ArrayList<>();
    if (m.getArguments().isEmpty() || m.getArgument(0) instanceof NameExpr || m.getArgument(0) instanceof LiteralExpr) {
      replacement.add(stmt.clone());
      replacement.add(new ExpressionStmt(new MethodCallExpr(new NameExpr(seen), m.getNameAsString(), m.getArguments())));
    } else {
      String tmp = ctx.freshName(m.getNameAsString().equals("add") ? "added" : "addedAll");
      String type = m.getNameAsString().equals("add") ? elementType : "java.util.Collection<? extends " + elementType + ">";
      replacement.add(StaticJavaParser.parseStatement(type + " " + tmp + " = " + m.getArgument(0) + ";"));
      MethodCallExpr onList = m.clone();
      onList.setArguments(new com.github.javaparser.ast.NodeList<>(new NameExpr(tmp)));
      replacement.add(new ExpressionStmt(onList));
      replacement.add(new ExpressionStmt(new MethodCallExpr(new NameExpr(seen), m.getNameAsString(),
          new com.github.javaparser.ast.NodeList<>(new NameExpr(tmp)))));
    }
    Node parent = stmt.getParentNode().orElseThrow();
    if (parent instanceof BlockStmt b && replacement.size() == 2) {
      b.addStatement(b.getStatements().indexOf(stmt) + 1, replacement.get(1));
    } else {
      stmt.replace(new BlockStmt(new com.github.javaparser.ast.NodeList<>(replacement)));
    }
  }
}
