package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sort-or-copy-in-loop}: a loop body that starts by copying an unchanging collection (and
 * maybe sorting the copy) redoes that work every iteration; the copy is made lazily on the first
 * iteration and reused: {@code T c = null;} before the loop and {@code if (c == null) { c = new
 * ArrayList<>(src); Collections.sort(c); }} in its place.
 *
 * <p>Preconditions: the copy {@code T c = new ArrayList|LinkedList|HashSet|TreeSet|ArrayDeque<>(src)}
 * is the first statement of the body and the optional sort ({@code Collections.sort(c[, cmp])} or
 * {@code c.sort(cmp)}) the second; {@code cmp} is {@code null}, a method reference, a {@code
 * Comparator.*} factory call or a variable not written in the loop; {@code src} is a variable not
 * written in the loop and, inside the loop, only read ({@code size/get/contains/isEmpty}); {@code
 * c} is declared with an explicit type, its name is unique in the method, and after the copy it is
 * only read ({@code get/size/contains/isEmpty/indexOf/iterator/stream}, for-each,
 * {@code Collections.binarySearch/max/min}); the loop makes no unqualified/{@code this} calls.
 * Lazy initialisation keeps the first copy (and any exception it throws) at the same point as
 * before, and every later iteration would have rebuilt an identical collection.
 */
public final class SortOrCopyInLoopRecipe implements Recipe {
  private static final Set<String> COPIES = Set.of("ArrayList", "LinkedList", "HashSet", "TreeSet", "ArrayDeque", "LinkedHashSet");
  private static final Set<String> READS = Set.of("get", "size", "contains", "isEmpty", "indexOf", "lastIndexOf", "iterator",
      "stream", "first", "last", "peek", "getFirst", "getLast");
  private static final Set<String> SRC_READS = Set.of("get", "size", "contains", "isEmpty");
  private static final Set<String> COLLECTION_READS = Set.of("binarySearch", "max", "min", "frequency");

  @Override
  public String id() {
    return "sort-or-copy-in-loop";
  }

  @Override
  public String description() {
    return "copy (+ sort) of an unchanged collection at the top of a loop -> made once, lazily";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (Statement loop : method.findAll(Statement.class, Loops::isLoop)) {
      if (!(loop.getParentNode().orElse(null) instanceof BlockStmt outer)) continue;
      if (!(Loops.body(loop) instanceof BlockStmt block) || block.getStatements().isEmpty()) continue;
      Statement first = block.getStatement(0);
      if (!(first instanceof ExpressionStmt es) || !(es.getExpression() instanceof VariableDeclarationExpr decl)
          || decl.getVariables().size() != 1) continue;
      VariableDeclarator v = decl.getVariable(0);
      if (v.getType().isVarType() || v.getInitializer().isEmpty()) continue;
      Expression oc = v.getInitializer().get();
      NameExpr srcRef = copySource(oc, loop);
      if (srcRef == null) continue;
      String src = srcRef.getNameAsString();
      String c = v.getNameAsString();
      if (Variables.uniqueLocal(method, c).isEmpty() || !Loops.isInvariant(src, loop) || Ast.hasSelfCalls(loop)) continue;
      boolean srcReadOnly = Variables.uses(loop, src).stream().allMatch(u -> u == srcRef
          || Ast.callOn(u).map(m -> SRC_READS.contains(m.getNameAsString())).orElse(false));
      if (!srcReadOnly) continue;
      Statement sort = null;
      if (block.getStatements().size() > 1 && isSortOf(block.getStatement(1), c, loop)) sort = block.getStatement(1);
      boolean cReadOnly = true;
      for (NameExpr u : Variables.uses(loop, c)) {
        if (sort != null && Ast.isInside(u, sort)) continue;
        if (Ast.inDeferredCode(u, method) || Variables.isWrite(u)) { cReadOnly = false; break; }
        Optional<MethodCallExpr> on = Ast.callOn(u);
        boolean ok = on.map(m -> READS.contains(m.getNameAsString())).orElse(false)
            || (u.getParentNode().orElse(null) instanceof ForEachStmt fe && fe.getIterable() == u)
            || (u.getParentNode().orElse(null) instanceof MethodCallExpr m && m.getScope().map(s -> s.toString().equals("Collections")).orElse(false)
                && COLLECTION_READS.contains(m.getNameAsString()) && m.getArgument(0) == u);
        if (!ok) { cReadOnly = false; break; }
      }
      if (!cReadOnly) continue;

      String type = v.getType().asString();
      BlockStmt init = new BlockStmt();
      init.addStatement(StaticJavaParser.parseStatement(c + " = " + oc + ";"));
      if (sort != null) init.addStatement(sort.clone());
      Statement lazy = new com.github.javaparser.ast.stmt.IfStmt(
          new com.github.javaparser.ast.expr.BinaryExpr(new NameExpr(c), new NullLiteralExpr(), com.github.javaparser.ast.expr.BinaryExpr.Operator.EQUALS),
          init, null);
      if (sort != null) sort.remove();
      first.replace(lazy);
      outer.addStatement(outer.getStatements().indexOf(loop), StaticJavaParser.parseStatement(type + " " + c + " = null;"));
      return Optional.of("'" + c + "' was rebuilt from '" + src + "'" + (sort != null ? " and sorted" : "")
          + " on every iteration although '" + src + "' does not change in the loop and '" + c + "' is only read; it is"
          + " now built once, on the first iteration, and reused.");
    }
    return Optional.empty();
  }

  /** The collection copied by {@code new ArrayList<>(src)} (and kin) or {@code src.stream().sorted([cmp]).collect(toList())}. */
  private static NameExpr copySource(Expression init, Node loop) {
    if (init instanceof ObjectCreationExpr oc) {
      if (!COPIES.contains(oc.getType().getNameAsString()) || oc.getArguments().size() != 1 || oc.getAnonymousClassBody().isPresent()) return null;
      return oc.getArgument(0) instanceof NameExpr n ? n : null;
    }
    return SortedStreamCopy.source(init, loop, SortOrCopyInLoopRecipe::invariantComparator);
  }

  private static boolean isSortOf(Statement s, String c, Node loop) {
    if (!(s instanceof ExpressionStmt es) || !(es.getExpression() instanceof MethodCallExpr call)) return false;
    boolean collectionsSort = call.getNameAsString().equals("sort") && call.getScope().map(x -> x.toString().equals("Collections")).orElse(false)
        && !call.getArguments().isEmpty() && call.getArgument(0) instanceof NameExpr n && n.getNameAsString().equals(c)
        && (call.getArguments().size() == 1 || invariantComparator(call.getArgument(1), loop));
    boolean listSort = call.getNameAsString().equals("sort") && call.getScope().map(x -> x instanceof NameExpr n && n.getNameAsString().equals(c)).orElse(false)
        && call.getArguments().size() == 1 && invariantComparator(call.getArgument(0), loop);
    return collectionsSort || listSort;
  }

  private static boolean invariantComparator(Expression cmp, Node loop) {
    if (cmp instanceof NullLiteralExpr || cmp instanceof MethodReferenceExpr) {
      return cmp.findAll(NameExpr.class).stream().allMatch(n -> Loops.isInvariant(n.getNameAsString(), loop));
    }
    if (cmp instanceof MethodCallExpr m && m.getScope().map(s -> s.toString().equals("Comparator")).orElse(false)) {
      return m.getArguments().stream().allMatch(a -> invariantComparator(a, loop));
    }
    if (cmp instanceof NameExpr n) {
      return Loops.isInvariant(n.getNameAsString(), loop);
    }
    return false;
  }
}
