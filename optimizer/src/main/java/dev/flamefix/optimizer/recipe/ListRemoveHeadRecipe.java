package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code list-remove-head}: an {@code ArrayList} the method builds and drains as a FIFO queue with
 * {@code remove(0)} (a breadth-first walk, a ready queue, a work list) shifts every remaining
 * element on each removal, O(n²) in all. The list now keeps its elements and a head index moves
 * past the consumed ones: {@code q.remove(0)} → {@code q.get(qHead++)}, {@code q.isEmpty()} →
 * {@code (qHead == q.size())}, {@code q.size()} → {@code (q.size() - qHead)}.
 *
 * <p>Unlike {@code ArrayDeque}, the list still accepts null elements, and an empty queue still
 * throws {@code IndexOutOfBoundsException}. Preconditions: a local declared once, initialised with
 * {@code new ArrayList<>(…)}, never reassigned, typed {@code List}/{@code ArrayList} (or {@code
 * var}), so {@code remove(0)} is {@code remove(int)}; its only uses are the statements {@code
 * add(e)}/{@code addAll(c)} (appends keep the queue order), {@code remove(0)}, {@code isEmpty()}
 * and {@code size()} — nothing iterates, indexes, passes, returns or captures it, so no reader can
 * see the consumed prefix; at least one {@code remove(0)} runs in a loop; no {@code remove(0)} sits
 * in a {@code try} block of the method (a caught failure would leave the head advanced). Cost: the
 * consumed elements stay reachable until the method returns.
 */
public final class ListRemoveHeadRecipe implements Recipe {
  private static final Set<String> LIST_TYPES = Set.of("java.util.List", "java.util.ArrayList");

  @Override
  public String id() {
    return "list-remove-head";
  }

  @Override
  public String description() {
    return "ArrayList drained with remove(0) as a FIFO queue -> head index (O(1) per removal)";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    if (method.getBody().isEmpty()) return Optional.empty();
    List<String> done = new ArrayList<>();
    for (VariableDeclarator v : method.getBody().get().findAll(VariableDeclarator.class)) {
      rewrite(method, v, ctx).ifPresent(done::add);
    }
    return done.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", done) + ".");
  }

  private static Optional<String> rewrite(MethodDeclaration method, VariableDeclarator v, RecipeContext ctx) {
    String name = v.getNameAsString();
    if (Variables.uniqueLocal(method, name).filter(u -> u == v).isEmpty()) return Optional.empty();
    if (!(v.getInitializer().orElse(null) instanceof ObjectCreationExpr init)
        || !Ast.typeOf(init).map(t -> Ast.erasure(t).equals("java.util.ArrayList")).orElse(false)) {
      return Optional.empty();
    }
    if (!(v.getParentNode().orElse(null) instanceof VariableDeclarationExpr decl) || decl.getVariables().size() != 1
        || !(decl.getParentNode().orElse(null) instanceof ExpressionStmt declStmt)
        || !(declStmt.getParentNode().orElse(null) instanceof BlockStmt block)) {
      return Optional.empty();
    }
    List<MethodCallExpr> heads = new ArrayList<>();
    List<MethodCallExpr> sizes = new ArrayList<>();
    for (NameExpr use : Variables.uses(method.getBody().get(), name)) {
      if (Ast.inDeferredCode(use, method)) return Optional.empty();
      Optional<MethodCallExpr> call = Ast.callOn(use);
      if (call.isEmpty()) return Optional.empty();
      MethodCallExpr c = call.get();
      if (!Ast.typeOf(use).map(t -> LIST_TYPES.contains(Ast.erasure(t))).orElse(false)) return Optional.empty();
      String m = c.getNameAsString();
      int args = c.getArguments().size();
      if ((m.equals("add") || m.equals("addAll")) && args == 1 && c.getParentNode().orElse(null) instanceof ExpressionStmt) continue;
      if (m.equals("remove") && args == 1 && c.getArgument(0) instanceof IntegerLiteralExpr zero && zero.getValue().equals("0")) {
        if (insideTryBlock(c, method)) return Optional.empty();
        heads.add(c);
      } else if ((m.equals("isEmpty") || m.equals("size")) && args == 0) {
        sizes.add(c);
      } else {
        return Optional.empty();
      }
    }
    if (heads.stream().noneMatch(h -> Loops.enclosing(h, method).isPresent())) return Optional.empty();

    String head = ctx.freshName(name + "Head");
    block.getStatements().addAfter(StaticJavaParser.parseStatement("int " + head + " = 0;"), declStmt);
    for (MethodCallExpr h : heads) {
      h.replace(StaticJavaParser.parseExpression(name + ".get(" + head + "++)"));
    }
    for (MethodCallExpr s : sizes) {
      Expression replacement = s.getNameAsString().equals("isEmpty")
          ? StaticJavaParser.parseExpression("(" + head + " == " + name + ".size())")
          : StaticJavaParser.parseExpression("(" + name + ".size() - " + head + ")");
      s.replace(replacement);
    }
    return Optional.of("'" + name + "' is an ArrayList used as a FIFO queue: each remove(0) shifted every remaining element"
        + " (quadratic in the queue's length); a head index " + head + " now moves past consumed elements instead, so"
        + " remove(0) becomes " + name + ".get(" + head + "++) and isEmpty/size count only the unconsumed tail. Order,"
        + " null elements and the exception on an empty queue are unchanged; the consumed elements stay in the list"
        + " until the method returns");
  }

  private static boolean insideTryBlock(Node n, MethodDeclaration method) {
    return method.findAll(TryStmt.class).stream().anyMatch(t -> Ast.isInside(n, t.getTryBlock()));
  }
}
