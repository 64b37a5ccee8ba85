package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
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
import java.util.Set;

/**
 * {@code exception-control-flow}: {@code try { x = Integer.parseInt(s); ... } catch
 * (NumberFormatException e) { handler }} or {@code try { x = Phase.valueOf(s); ... } catch
 * (IllegalArgumentException e) { handler }} uses a costly exception (stack trace and all) to detect
 * rejected input; a cheap, exact pre-check now sends input that the parser would certainly reject
 * straight to the handler, and everything else takes the original try/catch. The try/catch may sit
 * in the hot method or in a helper of its class that it calls from a loop (an {@code isNumber(s)}
 * test).
 *
 * <p>Parsers, identified by the resolved method: ({@link NumberParse}) {@code Integer.parseInt},
 * {@code Integer.valueOf}, {@code Long.parseLong}, {@code Long.valueOf} (radix 10, one String
 * argument) and {@code Double}/{@code Float} {@code parseX}/{@code valueOf}; ({@link EnumNames}) an
 * enum's {@code E.valueOf(String)}, whose pre-check is "not null and not one of the constants'
 * names", the names collected once in a lazy holder class (a JDK enum, or a source enum whose
 * initialisation runs no other code, called on the type's name, in a class that is not an
 * interface). Preconditions: one single-type catch of the parser's exception ({@code
 * NumberFormatException}, resp. {@code IllegalArgumentException}) or a supertype ({@code Throwable}
 * not for enums) (no finally, no resources) whose handler does not use the exception; the try block's
 * first statement is {@code v = P(s);}, {@code v op= P(s);}, {@code T v = P(s);}, {@code P(s);} or
 * {@code return P(s);}, so nothing observable happens in the try block before the parse would
 * throw. {@code s} is a simple variable, or a String expression that is moved into a local just
 * before the try: then the catch must be exactly the parser's exception and {@code s} may only read
 * variables, fields, literals and array elements and call {@code String} {@code trim}, {@code
 * strip*}, {@code toUpperCase}/{@code toLowerCase}, {@code substring} or {@code intern}, which throw
 * only NullPointerException/IndexOutOfBoundsException: those escape the try as before. Where the
 * shape is found and a precondition fails, the recipe says which ({@link RecipeContext#refuse}).
 */
public final class ExceptionControlFlowRecipe implements Recipe {
  /** Catch types that catch a NumberFormatException. */
  private static final List<String> NUMBER_CATCHABLE = List.of(
      "java.lang.NumberFormatException", "java.lang.IllegalArgumentException", "java.lang.RuntimeException",
      "java.lang.Exception", "java.lang.Throwable");
  /**
   * Catch types that catch valueOf's IllegalArgumentException. Not Throwable: the names holder
   * starts the enum's initialisation outside the try, where an Error from it would escape.
   */
  private static final List<String> ENUM_CATCHABLE = List.of(
      "java.lang.IllegalArgumentException", "java.lang.RuntimeException", "java.lang.Exception");
  /** String methods that throw nothing but NullPointerException and IndexOutOfBoundsException. */
  private static final Set<String> QUIET_STRING_CALLS = Set.of("trim", "strip", "stripLeading", "stripTrailing",
      "toUpperCase", "toLowerCase", "substring", "intern");

  @Override
  public String id() {
    return "exception-control-flow";
  }

  @Override
  public String description() {
    return "catch NumberFormatException around parseInt/parseDouble, or IllegalArgumentException around Enum.valueOf -> exact pre-check, exception only for the rare cases";
  }

  @Override
  public Optional<String> apply(MethodDeclaration target, RecipeContext ctx) {
    List<String> done = Callees.rewriteTargetAndHelpers(target, ctx, (method, out) -> rewrite(method, ctx, out));
    return done.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", done) + ".");
  }

  private static void rewrite(MethodDeclaration method, RecipeContext ctx, List<String> out) {
    for (TryStmt t : method.findAll(TryStmt.class)) {
      if (t.getTryBlock().getStatements().isEmpty()) continue;
      Expression parsed = parsedExpression(t.getTryBlock().getStatement(0));
      if (!(parsed instanceof MethodCallExpr p) || p.getArguments().size() != 1) continue;
      Optional<PreCheck> check = preCheck(p);
      if (check.isEmpty()) continue;
      String call = p.getScope().map(Object::toString).orElse("") + "." + p.getNameAsString();
      String why = refusal(t, check.get());
      if (why == null && check.get().holder() && isInterface(ctx)) why = "is in an interface, which cannot hold the private class of enum names";
      if (why != null) {
        ctx.refuse("the try around " + call + "(...) " + why);
        continue;
      }
      Expression arg = p.getArgument(0);
      boolean hoist = !(arg instanceof NameExpr);
      if (hoist && !hoistable(t.getCatchClauses().get(0), arg, check.get())) {
        ctx.refuse("the argument of " + call + " is not a plain variable, and evaluating '" + arg + "' before the try could"
            + " change which exceptions the catch sees (only reads, array elements and String trim/strip/case/substring"
            + " calls are moved, and only when the catch is exactly " + check.get().thrown() + ")");
        continue;
      }
      String helper = check.get().helper(ctx);
      String argText = arg.toString();
      if (hoist) {
        String local = ctx.freshName("text");
        p.setArgument(0, new NameExpr(local));
        Statement declaration = StaticJavaParser.parseStatement("String " + local + " = " + argText + ";");
        IfStmt guard = guarded(t, helper, local);
        if (t.getParentNode().orElse(null) instanceof BlockStmt block) {
          block.getStatements().addBefore(declaration, t);
          t.replace(guard);
        } else {
          t.replace(new BlockStmt().addStatement(declaration).addStatement(guard));
        }
        argText = local + " (= " + argText + ", now evaluated once just before the try)";
      } else {
        t.replace(guarded(t, helper, arg.toString()));
      }
      out.add("Rejected input reached the handler through " + check.get().thrown().substring(check.get().thrown().lastIndexOf('.') + 1)
          + " from " + call + "(" + argText + "), paying for an exception each time; " + helper
          + " now sends input that " + call + " certainly rejects directly to the same handler, and all other input still"
          + " goes through the original try/catch (so every accepted form, null and overflow behave as before)");
    }
  }

  /** {@code if (helper(arg)) { handler } else { try ... }}, the try cloned as it stands. */
  private static IfStmt guarded(TryStmt t, String helper, String arg) {
    return new IfStmt(StaticJavaParser.parseExpression(helper + "(" + arg + ")"),
        t.getCatchClauses().get(0).getBody().clone(), new BlockStmt().addStatement(t.clone()));
  }

  private static boolean isInterface(RecipeContext ctx) {
    return ctx.type().isClassOrInterfaceDeclaration() && ctx.type().asClassOrInterfaceDeclaration().isInterface();
  }

  /** The failed precondition of the try/catch itself, or null when it may be guarded. */
  private static String refusal(TryStmt t, PreCheck check) {
    if (t.getFinallyBlock().isPresent() || !t.getResources().isEmpty()) return "has a finally block or resources";
    if (t.getCatchClauses().size() != 1) return "has " + t.getCatchClauses().size() + " catch clauses (one is handled)";
    CatchClause cc = t.getCatchClauses().get(0);
    if (cc.getParameter().getType().isUnionType()) return "catches a union of exception types";
    if (caught(cc).filter(check.catchable()::contains).isEmpty()) {
      return "catches " + cc.getParameter().getType() + ", not " + check.thrown() + " or one of " + check.catchable();
    }
    if (!Variables.uses(cc.getBody(), cc.getParameter().getNameAsString()).isEmpty()) {
      return "has a handler that uses the exception '" + cc.getParameter().getNameAsString() + "' (a pre-check has none to give it)";
    }
    return null;
  }

  /**
   * Whether {@code arg} may be evaluated before the try instead of inside it: the catch is exactly
   * the parser's own exception, and {@code arg} can throw only exceptions that are not that type
   * (NullPointerException, IndexOutOfBoundsException), so each escapes the try either way.
   */
  private static boolean hoistable(CatchClause cc, Expression arg, PreCheck check) {
    return caught(cc).map(check.thrown()::equals).orElse(false) && Ast.isString(arg) && quiet(arg);
  }

  /** Reads, literals, array elements and JDK String calls that throw no IllegalArgumentException. */
  private static boolean quiet(Expression e) {
    if (e instanceof EnclosedExpr en) return quiet(en.getInner());
    if (e instanceof NameExpr || e instanceof LiteralExpr) return true;
    if (e instanceof FieldAccessExpr fa) return quiet(fa.getScope()) || fa.getScope() instanceof com.github.javaparser.ast.expr.TypeExpr;
    if (e instanceof ArrayAccessExpr aa) return quiet(aa.getName()) && quiet(aa.getIndex());
    if (e instanceof MethodCallExpr c && QUIET_STRING_CALLS.contains(c.getNameAsString()) && c.getScope().isPresent()) {
      return Ast.typeOf(c.getScope().get()).map("java.lang.String"::equals).orElse(false) && quiet(c.getScope().get())
          && c.getArguments().stream().allMatch(ExceptionControlFlowRecipe::quiet);
    }
    return false;
  }

  /** The exception type a catch clause names, resolved, or empty when the solver cannot tell. */
  private static Optional<String> caught(CatchClause cc) {
    try {
      return Optional.of(cc.getParameter().getType().resolve().describe());
    } catch (RuntimeException | StackOverflowError e) {
      String written = cc.getParameter().getType().asString();
      boolean nfe = written.equals("NumberFormatException") || written.equals("java.lang.NumberFormatException");
      return nfe ? Optional.of("java.lang.NumberFormatException") : Optional.empty();
    }
  }

  /** The parse the try starts with, and its exact pre-check. */
  private static Optional<PreCheck> preCheck(MethodCallExpr p) {
    Optional<NumberParse> number = NumberParse.of(p);
    if (number.isPresent()) return Optional.of(new PreCheck("java.lang.NumberFormatException", NUMBER_CATCHABLE, false, number.get()::helper));
    return EnumNames.of(p).map(e -> new PreCheck("java.lang.IllegalArgumentException", ENUM_CATCHABLE, true, e::helper));
  }

  /**
   * A parser's rejection exception, the catch types that catch it, whether its pre-check needs a
   * member class, and its pre-check's name.
   */
  private record PreCheck(String thrown, List<String> catchable, boolean holder,
      java.util.function.Function<RecipeContext, String> helperOf) {
    String helper(RecipeContext ctx) {
      return helperOf.apply(ctx);
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
}
