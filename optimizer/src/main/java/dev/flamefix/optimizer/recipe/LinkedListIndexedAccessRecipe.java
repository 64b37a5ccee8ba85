package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import dev.flamefix.kb.ast.Variables;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code linkedlist-indexed-access}: {@code for (int i = 0; i < list.size(); i++) ... list.get(i)}
 * walks a {@code LinkedList} from its head on every {@code get}; the loop becomes {@code for (E e :
 * list)}, one iterator pass.
 *
 * <p>Preconditions: {@code list} is a parameter or local declared {@code LinkedList<E>} or {@code
 * List<E>} (a {@code List} parameter may be a {@code LinkedList} at run time; for an {@code
 * ArrayList} the rewrite is neutral) and never reassigned; the loop is exactly {@code int i = 0; i <
 * list.size(); i++} (or {@code ++i}/{@code i += 1}); in the body {@code i} appears only as the
 * argument of {@code list.get(i)} and is never written, and {@code list} appears only in {@code
 * list.get(i)}; the body makes no unqualified/{@code this} calls and passes nothing the list could
 * be reached through... in particular never {@code list} itself. With the list unchanged during the
 * loop, the iterator yields exactly {@code get(0) .. get(size-1)}, and a null list still throws
 * {@code NullPointerException} before the first iteration. A {@code private} field of the
 * method's own class that is final or assigned only during construction qualifies too, under the
 * stricter checks of {@link ConfinedField}. A loop
 * over neighbouring elements ({@code get(i - 1)} and {@code get(i)}) is handled by {@link
 * PairwiseListLoop}.
 */
public final class LinkedListIndexedAccessRecipe implements Recipe {
  private static final Set<String> TYPES = Set.of("LinkedList", "List");

  @Override
  public String id() {
    return "linkedlist-indexed-access";
  }

  @Override
  public String description() {
    return "indexed get(i) loop over a (Linked)List -> for-each iterator";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (ForStmt loop : method.findAll(ForStmt.class)) {
      if (loop.getInitialization().size() != 1 || !(loop.getInitialization().get(0) instanceof VariableDeclarationExpr init)) continue;
      if (init.getVariables().size() != 1) continue;
      VariableDeclarator iv = init.getVariable(0);
      if (!iv.getType().asString().equals("int") || !iv.getInitializer().map(e -> e instanceof IntegerLiteralExpr l && l.getValue().equals("0")).orElse(false)) continue;
      String i = iv.getNameAsString();
      if (loop.getCompare().isEmpty() || !(loop.getCompare().get() instanceof BinaryExpr cmp) || cmp.getOperator() != BinaryExpr.Operator.LESS) continue;
      if (!(cmp.getLeft() instanceof NameExpr l && l.getNameAsString().equals(i))) continue;
      if (!(cmp.getRight() instanceof MethodCallExpr size) || !size.getNameAsString().equals("size") || !size.getArguments().isEmpty()
          || size.getScope().isEmpty() || !(size.getScope().get() instanceof NameExpr listRef)) continue;
      if (loop.getUpdate().size() != 1 || !isIncrement(loop.getUpdate().get(0), i)) continue;
      String list = listRef.getNameAsString();
      Optional<String> declared = declaredType(method, list);
      boolean field = declared.isEmpty();
      if (field) declared = ConfinedField.declaredType(method, list, loop.getBody());
      if (declared.isEmpty() || !TYPES.contains(Ast.erasure(declared.get()).replace("java.util.", ""))) continue;
      if (Variables.isWrittenIn(method, list)) continue;
      var body = loop.getBody();
      List<NameExpr> iUses = Variables.uses(body, i);
      boolean ok = !iUses.isEmpty();
      for (NameExpr u : iUses) {
        boolean isGetArg = u.getParentNode().filter(p -> p instanceof MethodCallExpr c && isGetOn(c, list, i)).isPresent();
        if (!isGetArg || Variables.isWrite(u)) { ok = false; break; }
      }
      if (!ok) continue;
      boolean listOnlyInGet = Variables.uses(body, list).stream()
          .allMatch(u -> Ast.callOn(u).map(c -> isGetOn(c, list, i)).orElse(false));
      if (!listOnlyInGet || Ast.hasSelfCalls(body) || Variables.isWrittenIn(body, i)) continue;

      List<String> args = Ast.typeArguments(declared.get());
      String elementType = args.size() == 1 ? Ast.simpleType(args.get(0)) : "Object";
      if (elementType.startsWith("?")) continue;
      String element = ctx.freshName(singular(list));
      for (MethodCallExpr get : body.findAll(MethodCallExpr.class, c -> isGetOn(c, list, i))) {
        get.replace(new NameExpr(element));
      }
      ForEachStmt each = new ForEachStmt(
          new VariableDeclarationExpr(StaticJavaParser.parseType(elementType), element),
          new NameExpr(list), body.clone());
      loop.replace(each);
      return Optional.of("The loop over '" + list + "' called get(" + i + ") on every iteration, which walks a LinkedList"
          + " from its head (quadratic overall); it now iterates once with for (" + elementType + " " + element + " : "
          + list + "). The list is not modified in the loop, so the elements visited and their order are the same.");
    }
    return PairwiseListLoop.apply(method, ctx);
  }

  private static boolean isGetOn(MethodCallExpr c, String list, String i) {
    return c.getNameAsString().equals("get") && c.getArguments().size() == 1
        && c.getArgument(0) instanceof NameExpr a && a.getNameAsString().equals(i)
        && c.getScope().map(s -> s instanceof NameExpr n && n.getNameAsString().equals(list)).orElse(false);
  }

  static boolean isIncrement(Expression e, String i) {
    if (e instanceof UnaryExpr u && u.getExpression() instanceof NameExpr n && n.getNameAsString().equals(i)) {
      return u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT;
    }
    return e instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.PLUS && a.getTarget() instanceof NameExpr n
        && n.getNameAsString().equals(i) && a.getValue() instanceof IntegerLiteralExpr l && l.getValue().equals("1");
  }

  static Optional<String> declaredType(MethodDeclaration method, String name) {
    for (Parameter p : method.getParameters()) if (p.getNameAsString().equals(name)) return Optional.of(p.getType().asString());
    return Variables.uniqueLocal(method, name).map(v -> v.getType().asString());
  }

  private static String singular(String list) {
    if (list.endsWith("ies") && list.length() > 3) return list.substring(0, list.length() - 3) + "y";
    if (list.endsWith("s") && list.length() > 1) return list.substring(0, list.length() - 1);
    return list + "Item";
  }
}
