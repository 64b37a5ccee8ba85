package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.flamefix.kb.ast.Variables;
import java.util.Optional;

/**
 * {@code exception-control-flow}: {@code try { x = Integer.parseInt(s); ... } catch
 * (NumberFormatException e) { handler }} uses a costly exception (stack trace and all) to detect
 * malformed input; a cheap pre-check now sends input that parseInt would certainly reject straight
 * to the handler, and everything else takes the original try/catch.
 *
 * <p>The pre-check, a private helper, answers "certainly invalid" only for what {@code
 * Integer.parseInt}/{@code Long.parseLong} (radix 10) reject by their specification: null, empty, a
 * lone sign, or a character other than a leading {@code +}/{@code -} for which {@code
 * Character.digit(c, 10)} is negative. Overflow is left to the original code. Preconditions: one
 * {@code catch (NumberFormatException e)} (no finally, no resources) whose handler does not use
 * {@code e}; the try block's first statement is {@code v = P(s);}, {@code v op= P(s);} or {@code
 * return P(s);} with {@code v} and {@code s} simple variables and {@code P} one of those two parse
 * methods, so nothing observable happens in the try block before the parse would throw.
 */
public final class ExceptionControlFlowRecipe implements Recipe {
  @Override
  public String id() {
    return "exception-control-flow";
  }

  @Override
  public String description() {
    return "catch NumberFormatException around parseInt -> cheap pre-check, exception only for rare cases";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (TryStmt t : method.findAll(TryStmt.class)) {
      if (t.getFinallyBlock().isPresent() || !t.getResources().isEmpty() || t.getCatchClauses().size() != 1) continue;
      CatchClause cc = t.getCatchClauses().get(0);
      String caught = cc.getParameter().getType().asString();
      if (!caught.equals("NumberFormatException") && !caught.equals("java.lang.NumberFormatException")) continue;
      if (!Variables.uses(cc.getBody(), cc.getParameter().getNameAsString()).isEmpty()) continue;
      if (t.getTryBlock().getStatements().isEmpty()) continue;
      Statement first = t.getTryBlock().getStatement(0);
      Expression parsed = null;
      if (first instanceof ExpressionStmt es && es.getExpression() instanceof AssignExpr a && a.getTarget() instanceof NameExpr) {
        parsed = a.getValue();
      } else if (first instanceof ReturnStmt r && r.getExpression().isPresent()) {
        parsed = r.getExpression().get();
      }
      if (!(parsed instanceof MethodCallExpr p) || p.getArguments().size() != 1 || !(p.getArgument(0) instanceof NameExpr arg)) continue;
      String owner = p.getScope().map(Object::toString).orElse("");
      boolean isInt = owner.equals("Integer") && p.getNameAsString().equals("parseInt");
      boolean isLong = owner.equals("Long") && p.getNameAsString().equals("parseLong");
      if (!isInt && !isLong) continue;
      String helper = existingHelper(ctx);
      if (helper == null) {
        helper = ctx.freshName("certainlyNotDecimal");
        ctx.addMethod(StaticJavaParser.parseMethodDeclaration(
            "/** True only for text Integer.parseInt/Long.parseLong reject by specification (radix 10); overflow is not checked. */\n"
                + "private static boolean " + helper + "(String s) {\n"
                + "  if (s == null || s.isEmpty()) return true;\n"
                + "  int start = (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;\n"
                + "  if (start == s.length()) return true;\n"
                + "  for (int i = start; i < s.length(); i++) {\n"
                + "    if (Character.digit(s.charAt(i), 10) < 0) return true;\n"
                + "  }\n"
                + "  return false;\n"
                + "}"));
      }
      BlockStmt handler = cc.getBody().clone();
      IfStmt guarded = new IfStmt(StaticJavaParser.parseExpression(helper + "(" + arg + ")"), handler, new BlockStmt().addStatement(t.clone()));
      t.replace(guarded);
      return Optional.of("A NumberFormatException from " + owner + "." + p.getNameAsString() + "(" + arg + ") was the"
          + " normal path for malformed input, paying for an exception each time; " + helper + "(" + arg + ") now"
          + " sends input the parser certainly rejects directly to the same handler, and all other input still goes"
          + " through the original try/catch (so overflow and every accepted form behave as before).");
    }
    return Optional.empty();
  }

  private static String existingHelper(RecipeContext ctx) {
    return ctx.type().getMethods().stream().filter(m -> m.getNameAsString().startsWith("certainlyNotDecimal"))
        .map(m -> m.getNameAsString()).findFirst().orElse(null);
  }
}
