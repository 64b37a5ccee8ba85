package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.flamefix.kb.ast.Variables;
import java.util.List;
import java.util.Optional;

/**
 * {@code exception-control-flow}: {@code try { x = Integer.parseInt(s); ... } catch
 * (NumberFormatException e) { handler }} uses a costly exception (stack trace and all) to detect
 * malformed input; a cheap pre-check now sends input that the parser would certainly reject straight
 * to the handler, and everything else takes the original try/catch. The try/catch may sit in the
 * hot method or in a helper of its class that it calls from a loop (an {@code isNumber(s)} test).
 *
 * <p>Parsers, identified by the resolved method ({@link NumberParse}): {@code Integer.parseInt},
 * {@code Integer.valueOf}, {@code Long.parseLong}, {@code Long.valueOf} (radix 10, one String
 * argument) and {@code Double}/{@code Float} {@code parseX}/{@code valueOf}. Preconditions: one
 * single-type catch of {@code NumberFormatException} or a supertype (no finally, no resources)
 * whose handler does not use the exception; the try block's first statement is {@code v = P(s);},
 * {@code v op= P(s);}, {@code T v = P(s);}, {@code P(s);} or {@code return P(s);} with {@code s} a
 * simple variable, so nothing observable happens in the try block before the parse would throw.
 */
public final class ExceptionControlFlowRecipe implements Recipe {
  private static final List<String> CATCHABLE = List.of(
      "java.lang.NumberFormatException", "java.lang.IllegalArgumentException", "java.lang.RuntimeException",
      "java.lang.Exception", "java.lang.Throwable");

  @Override
  public String id() {
    return "exception-control-flow";
  }

  @Override
  public String description() {
    return "catch NumberFormatException around parseInt/valueOf/parseDouble -> cheap pre-check, exception only for rare cases";
  }

  @Override
  public Optional<String> apply(MethodDeclaration target, RecipeContext ctx) {
    List<String> done = Callees.rewriteTargetAndHelpers(target, ctx, (method, out) -> rewrite(method, ctx, out));
    return done.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", done) + ".");
  }

  private static void rewrite(MethodDeclaration method, RecipeContext ctx, List<String> out) {
    for (TryStmt t : method.findAll(TryStmt.class)) {
      if (t.getFinallyBlock().isPresent() || !t.getResources().isEmpty() || t.getCatchClauses().size() != 1) continue;
      CatchClause cc = t.getCatchClauses().get(0);
      if (!catchesNumberFormat(cc)) continue;
      if (!Variables.uses(cc.getBody(), cc.getParameter().getNameAsString()).isEmpty()) continue;
      if (t.getTryBlock().getStatements().isEmpty()) continue;
      Expression parsed = parsedExpression(t.getTryBlock().getStatement(0));
      if (!(parsed instanceof MethodCallExpr p) || p.getArguments().size() != 1 || !(p.getArgument(0) instanceof NameExpr arg)) continue;
      Optional<NumberParse> kind = NumberParse.of(p);
      if (kind.isEmpty()) continue;
      String helper = kind.get().helper(ctx);
      IfStmt guarded = new IfStmt(StaticJavaParser.parseExpression(helper + "(" + arg + ")"), cc.getBody().clone(),
          new BlockStmt().addStatement(t.clone()));
      t.replace(guarded);
      out.add("A NumberFormatException from " + p.getScope().map(Object::toString).orElse("") + "." + p.getNameAsString()
          + "(" + arg + ") was the normal path for malformed input, paying for an exception each time; " + helper + "(" + arg
          + ") now sends input the parser certainly rejects directly to the same handler, and all other input still goes"
          + " through the original try/catch (so overflow and every accepted form behave as before)");
    }
  }

  /** The value evaluated first by {@code stmt} when it is a plain parse, assignment of one, declaration or return. */
  private static Expression parsedExpression(Statement stmt) {
    if (stmt instanceof ReturnStmt r) return r.getExpression().orElse(null);
    if (!(stmt instanceof ExpressionStmt es)) return null;
    Expression e = es.getExpression();
    if (e instanceof AssignExpr a && a.getTarget() instanceof NameExpr) return a.getValue();
    if (e instanceof VariableDeclarationExpr d && d.getVariables().size() == 1) return d.getVariable(0).getInitializer().orElse(null);
    if (e instanceof MethodCallExpr) return e;
    return null;
  }

  private static boolean catchesNumberFormat(CatchClause cc) {
    if (cc.getParameter().getType().isUnionType()) return false;
    try {
      return CATCHABLE.contains(cc.getParameter().getType().resolve().describe());
    } catch (RuntimeException | StackOverflowError e) {
      String caught = cc.getParameter().getType().asString();
      return caught.equals("NumberFormatException") || caught.equals("java.lang.NumberFormatException");
    }
  }
}
