package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The indexed shape of {@code boxed-accumulation}: {@code totals.set(k, totals.get(k) + e);} in a
 * loop over a {@code List<Long/Integer/Double>} the method builds boxes and unboxes per update; the
 * loop accumulates in a primitive array copied from the list right before it and written back
 * right after it.
 *
 * <p>Preconditions:
 *
 * <ul>
 *   <li>the list is a local declared once as {@code List/ArrayList<Long|Integer|Double>} and
 *       initialised with {@code new ArrayList<>()} (its {@code get} checks the index with {@code
 *       Objects.checkIndex}, which the rewrite calls too: same exception, same message); never
 *       reassigned, never in a lambda or inner class;
 *   <li>before the loop it is only the receiver of {@code add(v)} statements with {@code v} a numeric
 *       literal or primitive-typed (so no element is ever null: the copy into the array cannot throw
 *       where the original would not) and of {@code size()}; after the loop anything goes (the list
 *       holds the same values by then);
 *   <li>inside the outermost loop it appears only in statements {@code list.set(k, list.get(k) + e)},
 *       {@code k} a local name or integer literal (evaluated twice in the original, once in the
 *       rewrite: no effect), {@code e} not mentioning the list and primitive-typed so that {@code
 *       get(k) + e} has the element's primitive type (no narrowing in {@code acc[k] += e}); the
 *       arithmetic is the same operation on the same values in the same order — {@code long}/{@code
 *       int} wrap alike, each {@code double} element sums its terms in the original order;
 *   <li>the loop holds no {@code return}, no labelled {@code break/continue} and sits in no {@code
 *       try} or labelled statement of the method, so whenever the original's updates could be
 *       observed (the loop ends normally or by {@code break}) the write-back has run; an exception
 *       leaves the method and the unescaped list with it.
 * </ul>
 *
 * <p>Not kept: the identity of the boxes (every element is boxed anew on write-back); only {@code
 * ==} between boxes could see it.
 */
final class IndexedBoxedAccumulation {
  private static final Map<String, String> PRIMITIVE = Map.of("Long", "long", "Integer", "int", "Double", "double");
  private static final Map<String, Set<String>> OPERANDS = Map.of(
      "long", Set.of("long", "int", "short", "byte", "char"),
      "int", Set.of("int", "short", "byte", "char"),
      "double", Set.of("double", "float", "long", "int", "short", "byte", "char"));

  private IndexedBoxedAccumulation() {}

  static Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (MethodCallExpr set : method.findAll(MethodCallExpr.class, IndexedBoxedAccumulation::isAccumulation)) {
      String list = ((NameExpr) set.getScope().orElseThrow()).getNameAsString();
      Optional<VariableDeclarator> v = Variables.uniqueLocal(method, list);
      if (v.isEmpty() || Variables.isWrittenIn(method, list)) continue;
      String declared = v.get().getType().asString().replace("java.util.", "");
      String erasure = Ast.erasure(declared);
      List<String> args = Ast.typeArguments(declared);
      if (!(erasure.equals("List") || erasure.equals("ArrayList")) || args.size() != 1) continue;
      String prim = PRIMITIVE.get(args.get(0).replace("java.lang.", ""));
      if (prim == null) continue;
      if (!(v.get().getInitializer().orElse(null) instanceof ObjectCreationExpr oc) || !oc.getArguments().isEmpty()
          || oc.getAnonymousClassBody().isPresent() || !oc.getType().getNameAsString().equals("ArrayList")) continue;
      Optional<Node> outer = Loops.outermost(set, method);
      if (outer.isEmpty() || !(outer.get().getParentNode().orElse(null) instanceof BlockStmt block)) continue;
      Statement loop = (Statement) outer.get();
      if (!exitsOnlyThroughItsEnd(loop, method)) continue;
      int at = block.getStatements().indexOf(loop);
      if (!usesAllowed(method, list, prim, loop, block, at)) continue;

      String acc = ctx.freshName(list + "Acc");
      String j = ctx.freshName("slot");
      List<MethodCallExpr> updates = loop.findAll(MethodCallExpr.class, IndexedBoxedAccumulation::isAccumulation);
      for (MethodCallExpr u : updates) {
        BinaryExpr sum = (BinaryExpr) Ast.unwrap(u.getArgument(1));
        u.getParentNode().orElseThrow().replace(StaticJavaParser.parseStatement(
            acc + "[Objects.checkIndex(" + u.getArgument(0) + ", " + acc + ".length)] += " + sum.getRight() + ";"));
      }
      block.addStatement(at + 1, StaticJavaParser.parseStatement(
          "for (int " + j + " = 0; " + j + " < " + acc + ".length; " + j + "++) " + list + ".set(" + j + ", " + acc + "[" + j + "]);"));
      block.addStatement(at, StaticJavaParser.parseStatement(
          "for (int " + j + " = 0; " + j + " < " + acc + ".length; " + j + "++) " + acc + "[" + j + "] = " + list + ".get(" + j + ");"));
      block.addStatement(at, StaticJavaParser.parseStatement(prim + "[] " + acc + " = new " + prim + "[" + list + ".size()];"));
      ctx.importType("java.util.Objects");
      return Optional.of("'" + list + ".set(k, " + list + ".get(k) + ...)' unboxed and re-boxed an element on every update ("
          + updates.size() + " site(s) in a loop); the loop now adds into a " + prim + "[] '" + acc + "' copied from the list"
          + " before it and written back after it: the same additions in the same order on the same values (no element is"
          + " ever null, an index out of range throws the same IndexOutOfBoundsException through Objects.checkIndex).");
    }
    return Optional.empty();
  }

  /** {@code l.set(k, l.get(k) + e);} as a statement, {@code k} a name or an int literal, {@code e} free of {@code l}. */
  private static boolean isAccumulation(MethodCallExpr set) {
    if (!set.getNameAsString().equals("set") || set.getArguments().size() != 2) return false;
    if (!(set.getScope().orElse(null) instanceof NameExpr l) || !Ast.resultDiscarded(set)) return false;
    Expression k = set.getArgument(0);
    if (!(k instanceof NameExpr || k instanceof IntegerLiteralExpr)) return false;
    if (!(Ast.unwrap(set.getArgument(1)) instanceof BinaryExpr sum) || sum.getOperator() != BinaryExpr.Operator.PLUS) return false;
    if (!(sum.getLeft() instanceof MethodCallExpr get) || !get.getNameAsString().equals("get") || get.getArguments().size() != 1
        || !get.getArgument(0).equals(k) || !get.getScope().map(s -> s.equals(l)).orElse(false)) return false;
    return Variables.uses(sum.getRight(), l.getNameAsString()).isEmpty();
  }

  /** No return, no labelled jump, no enclosing try or label inside the method. */
  private static boolean exitsOnlyThroughItsEnd(Statement loop, MethodDeclaration method) {
    if (!loop.findAll(ReturnStmt.class).isEmpty()) return false;
    if (loop.findAll(BreakStmt.class).stream().anyMatch(b -> b.getLabel().isPresent())) return false;
    if (loop.findAll(ContinueStmt.class).stream().anyMatch(c -> c.getLabel().isPresent())) return false;
    if (!loop.findAll(com.github.javaparser.ast.stmt.YieldStmt.class).isEmpty()) return false;
    for (Optional<Node> p = loop.getParentNode(); p.isPresent() && p.get() != method; p = p.get().getParentNode()) {
      if (p.get() instanceof TryStmt || p.get() instanceof LabeledStmt) return false;
    }
    return true;
  }

  private static boolean usesAllowed(MethodDeclaration method, String list, String prim, Statement loop, BlockStmt block, int at) {
    for (NameExpr use : Variables.uses(method, list)) {
      if (Ast.inDeferredCode(use, method)) return false;
      if (Ast.isInside(use, loop)) {
        Optional<MethodCallExpr> set = use.findAncestor(MethodCallExpr.class, IndexedBoxedAccumulation::isAccumulation);
        if (set.isEmpty() || !Ast.isInside(set.get(), loop)) return false;
        boolean receiverOrGet = set.get().getScope().get() == use
            || Ast.callOn(use).map(g -> g == ((BinaryExpr) Ast.unwrap(set.get().getArgument(1))).getLeft()).orElse(false);
        if (!receiverOrGet) return false;
        Expression e = ((BinaryExpr) Ast.unwrap(set.get().getArgument(1))).getRight();
        if (!OPERANDS.get(prim).contains(Ast.typeOf(e).orElse(""))) return false;
        continue;
      }
      boolean before = block.getStatements().stream().limit(at).anyMatch(s -> Ast.isInside(use, s));
      boolean after = block.getStatements().stream().skip(at + 1L).anyMatch(s -> Ast.isInside(use, s));
      if (after) continue;
      if (!before) return false;
      Optional<MethodCallExpr> on = Ast.callOn(use);
      if (on.isEmpty()) return false;
      MethodCallExpr c = on.get();
      if (c.getNameAsString().equals("size") && c.getArguments().isEmpty()) continue;
      boolean add = c.getNameAsString().equals("add") && c.getArguments().size() == 1
          && c.getParentNode().orElse(null) instanceof ExpressionStmt && Nullness.neverNull(c.getArgument(0));
      if (!add) return false;
    }
    return true;
  }

}
