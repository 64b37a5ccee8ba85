package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.flamefix.kb.ast.Variables;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The pairwise shape of {@code linkedlist-indexed-access}: a loop over neighbouring elements,
 * {@code for (int i = 1; i < list.size(); i++) { a = list.get(i - 1); b = list.get(i); ... }} (or
 * {@code i = 0; i < list.size() - 1} / {@code i + 1 < list.size()} with {@code get(i)} and {@code
 * get(i + 1)}), walks a {@code LinkedList} from its head twice per step; it becomes one iterator
 * pass that carries the previous element:
 *
 * <pre>{@code
 * Iterator<E> it = list.iterator();
 * if (it.hasNext()) for (E prev = it.next(), cur; it.hasNext(); prev = cur) { cur = it.next(); ... }
 * }</pre>
 *
 * <p>Preconditions are those of {@link LinkedListIndexedAccessRecipe} (list a parameter, local or
 * confined field typed {@code List}/{@code LinkedList}, never reassigned, mentioned in the body
 * only as the receiver of these {@code get} calls; the index only inside them and never written;
 * no unqualified or {@code this} calls), and the loop carries no label (a labelled {@code continue}
 * would lose its target). Pairs visited are the same: {@code (0,1) .. (n-2,n-1)}, none when the
 * list has fewer than two elements; {@code continue} runs the update {@code prev = cur} just as it
 * ran {@code i++}; a null list still throws {@code NullPointerException} before the first step.
 */
final class PairwiseListLoop {
  private static final Set<String> TYPES = Set.of("LinkedList", "List");

  private PairwiseListLoop() {}

  static Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (ForStmt loop : method.findAll(ForStmt.class)) {
      if (loop.getParentNode().orElse(null) instanceof LabeledStmt) continue;
      if (loop.getInitialization().size() != 1 || !(loop.getInitialization().get(0) instanceof VariableDeclarationExpr init)) continue;
      if (init.getVariables().size() != 1) continue;
      VariableDeclarator iv = init.getVariable(0);
      if (!iv.getType().asString().equals("int")) continue;
      OptionalInt start = literal(iv.getInitializer().orElse(null));
      if (start.isEmpty() || start.getAsInt() > 1) continue;
      String i = iv.getNameAsString();
      Optional<String> list = pairBound(loop.getCompare().orElse(null), i, start.getAsInt());
      if (list.isEmpty() || loop.getUpdate().size() != 1 || !LinkedListIndexedAccessRecipe.isIncrement(loop.getUpdate().get(0), i)) continue;
      String l = list.get();
      int first = start.getAsInt() == 1 ? -1 : 0;
      Statement body = loop.getBody();
      Optional<String> declared = LinkedListIndexedAccessRecipe.declaredType(method, l);
      if (declared.isEmpty()) declared = ConfinedField.declaredType(method, l, body);
      if (declared.isEmpty() || !TYPES.contains(Ast.erasure(declared.get()).replace("java.util.", ""))) continue;
      if (Variables.isWrittenIn(method, l) || Variables.isWrittenIn(body, i) || Ast.hasSelfCalls(body)) continue;
      List<MethodCallExpr> gets = body.findAll(MethodCallExpr.class, c -> offset(c, l, i).isPresent());
      boolean indexOnlyInGets = Variables.uses(body, i).stream().allMatch(u -> gets.stream().anyMatch(g -> Ast.isInside(u, g)));
      boolean listOnlyInGets = Variables.uses(body, l).stream().allMatch(u -> gets.stream().anyMatch(g -> g.getScope().get() == u));
      boolean pairOffsets = gets.stream().allMatch(g -> {
        int o = offset(g, l, i).getAsInt();
        return o == first || o == first + 1;
      });
      if (gets.stream().anyMatch(g -> Ast.inDeferredCode(g, body))) continue;
      if (gets.isEmpty() || !indexOnlyInGets || !listOnlyInGets || !pairOffsets) continue;

      List<String> args = Ast.typeArguments(declared.get());
      String element = args.size() == 1 ? Ast.simpleType(args.get(0)) : "Object";
      if (element.startsWith("?")) continue;
      String it = ctx.freshName("pairs");
      String prev = ctx.freshName("previous");
      String cur = ctx.freshName("current");
      for (MethodCallExpr g : gets) g.replace(new NameExpr(offset(g, l, i).getAsInt() == first ? prev : cur));
      BlockStmt inner = new BlockStmt();
      inner.addStatement(StaticJavaParser.parseStatement(cur + " = " + it + ".next();"));
      if (body instanceof BlockStmt b) b.getStatements().forEach(s -> inner.addStatement(s.clone()));
      else inner.addStatement(body.clone());
      ForStmt pairs = (ForStmt) StaticJavaParser.parseStatement(
          "for (" + element + " " + prev + " = " + it + ".next(), " + cur + "; " + it + ".hasNext(); " + prev + " = " + cur + ") {}");
      pairs.setBody(inner);
      BlockStmt replacement = new BlockStmt();
      replacement.addStatement(StaticJavaParser.parseStatement("Iterator<" + element + "> " + it + " = " + l + ".iterator();"));
      replacement.addStatement(StaticJavaParser.parseStatement("if (" + it + ".hasNext()) {}"));
      replacement.getStatement(1).asIfStmt().setThenStmt(new BlockStmt(new com.github.javaparser.ast.NodeList<>(pairs)));
      loop.replace(replacement);
      ctx.importType("java.util.Iterator");
      return Optional.of("The loop over neighbouring elements of '" + l + "' called get(" + i + ") twice per step, which"
          + " walks a LinkedList from its head each time (quadratic overall); it now walks the list once with an"
          + " iterator, carrying the previous element in '" + prev + "'. The list is not modified in the loop, so the"
          + " same pairs are visited in the same order.");
    }
    return Optional.empty();
  }

  /** The list whose size bounds the loop so that {@code i} and its neighbour stay in range. */
  private static Optional<String> pairBound(Expression compare, String i, int start) {
    if (!(compare instanceof BinaryExpr cmp) || cmp.getOperator() != BinaryExpr.Operator.LESS) return Optional.empty();
    Expression left = Ast.unwrap(cmp.getLeft());
    Expression right = Ast.unwrap(cmp.getRight());
    if (start == 1) return isName(left, i) ? sizeOf(right) : Optional.empty();
    if (isName(left, i) && right instanceof BinaryExpr minus && minus.getOperator() == BinaryExpr.Operator.MINUS
        && literal(minus.getRight()).equals(OptionalInt.of(1))) return sizeOf(Ast.unwrap(minus.getLeft()));
    if (left instanceof BinaryExpr plus && plus.getOperator() == BinaryExpr.Operator.PLUS && isName(Ast.unwrap(plus.getLeft()), i)
        && literal(plus.getRight()).equals(OptionalInt.of(1))) return sizeOf(right);
    return Optional.empty();
  }

  private static Optional<String> sizeOf(Expression e) {
    if (e instanceof MethodCallExpr size && size.getNameAsString().equals("size") && size.getArguments().isEmpty()
        && size.getScope().filter(s -> s instanceof NameExpr).isPresent()) {
      return Optional.of(((NameExpr) size.getScope().get()).getNameAsString());
    }
    return Optional.empty();
  }

  /** {@code list.get(i)}, {@code list.get(i + 1)} or {@code list.get(i - 1)}: the offset from {@code i}. */
  private static OptionalInt offset(MethodCallExpr c, String list, String i) {
    if (!c.getNameAsString().equals("get") || c.getArguments().size() != 1
        || !c.getScope().map(s -> isName(s, list)).orElse(false)) return OptionalInt.empty();
    Expression a = Ast.unwrap(c.getArgument(0));
    if (isName(a, i)) return OptionalInt.of(0);
    if (a instanceof BinaryExpr b && isName(Ast.unwrap(b.getLeft()), i) && literal(b.getRight()).equals(OptionalInt.of(1))) {
      if (b.getOperator() == BinaryExpr.Operator.PLUS) return OptionalInt.of(1);
      if (b.getOperator() == BinaryExpr.Operator.MINUS) return OptionalInt.of(-1);
    }
    return OptionalInt.empty();
  }

  private static boolean isName(Expression e, String name) {
    return e instanceof NameExpr n && n.getNameAsString().equals(name);
  }

  private static OptionalInt literal(Expression e) {
    if (e instanceof IntegerLiteralExpr l) {
      try {
        return OptionalInt.of(Integer.parseInt(l.getValue()));
      } catch (NumberFormatException ex) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }
}
