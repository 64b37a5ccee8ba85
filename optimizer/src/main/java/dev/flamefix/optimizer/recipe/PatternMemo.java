package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import dev.flamefix.kb.ast.Variables;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The run-time-built shape of {@code regex-recompiled}: {@code Pattern.compile(expr[, flags])}
 * whose regex is built from the object's state (fields, helpers over fields, constants), not from
 * the call's parameters or locals, recompiles the same pattern on every call. The call becomes
 * {@code compileXPattern(expr, flags)}, a new helper that keeps the last compiled {@code Pattern}
 * in a new {@code volatile} field and compiles again only when the regex or flags differ from that
 * pattern's {@code pattern()}/{@code flags()}.
 *
 * <p>Why it preserves behaviour: {@code expr} and {@code flags} are still evaluated on every call,
 * in the same order; {@code Pattern.compile} is a pure function of (regex, flags) ({@code
 * compile(r)} is {@code compile(r, 0)}), so a kept pattern with the same source and flags is
 * interchangeable with a fresh one, and a regex that fails to compile still fails each time (it is
 * never kept); {@code Pattern} is immutable and the {@code volatile} field publishes it safely
 * across threads. Preconditions: every variable in the regex and flags expressions resolves to a
 * field (or is bound inside them, like a lambda parameter); the pattern's identity is never seen:
 * the compile result is only the receiver of {@code matcher}/{@code split}/... or a local used only
 * that way; the class can hold the field (a class or enum; static methods get a static field).
 */
final class PatternMemo {
  private static final Set<String> USES = Set.of("matcher", "split", "splitAsStream", "asPredicate", "asMatchPredicate",
      "pattern", "flags", "toString");

  private PatternMemo() {}

  /** Rewrites {@code call} if it is such a compile in {@code method}; reports into {@code done}. */
  static boolean rewrite(MethodCallExpr call, MethodDeclaration method, RecipeContext ctx, List<String> done) {
    if (!call.getNameAsString().equals("compile") || call.getArguments().isEmpty() || call.getArguments().size() > 2) return false;
    if (!(call.getScope().orElse(null) instanceof NameExpr scope)
        || !(scope.getNameAsString().equals("Pattern") || scope.toString().equals("java.util.regex.Pattern"))) return false;
    Expression regex = call.getArgument(0);
    if (regex instanceof StringLiteralExpr || !Ast.isString(regex)) return false;
    Expression flags = call.getArguments().size() == 2 ? call.getArgument(1) : new IntegerLiteralExpr("0");
    if (!stateOnly(regex) || !stateOnly(flags) || !identityUnseen(call, method)) return false;
    boolean isStatic = method.isStatic();
    boolean canHoldField = ctx.type() instanceof EnumDeclaration
        || ctx.type() instanceof ClassOrInterfaceDeclaration c && !c.isInterface();
    if (!canHoldField) return false;

    String base = method.getNameAsString();
    String field = ctx.freshName(base + "Pattern");
    String helper = ctx.freshName("compile" + Character.toUpperCase(base.charAt(0)) + base.substring(1) + "Pattern");
    FieldDeclaration holder = new FieldDeclaration(new NodeList<>(Modifier.privateModifier()),
        new VariableDeclarator(StaticJavaParser.parseType("Pattern"), field));
    holder.addModifier(Modifier.Keyword.VOLATILE);
    if (isStatic) holder.addModifier(Modifier.Keyword.STATIC);
    ctx.addField(holder);
    MethodDeclaration m = StaticJavaParser.parseBodyDeclaration(
        "private " + (isStatic ? "static " : "") + "Pattern " + helper + "(String regex, int flags) {\n"
            + "  Pattern p = " + field + ";\n"
            + "  if (p == null || p.flags() != flags || !p.pattern().equals(regex)) {\n"
            + "    p = Pattern.compile(regex, flags);\n"
            + "    " + field + " = p;\n"
            + "  }\n"
            + "  return p;\n"
            + "}").asMethodDeclaration();
    ctx.addMethod(m);
    String before = call.toString();
    call.replace(new MethodCallExpr(null, helper, new NodeList<>(regex.clone(), flags.clone())));
    done.add("'" + before + "' compiled a regex built from the object's state on every call; " + helper + "() keeps the"
        + " last Pattern in '" + field + "' and compiles again only when the regex or flags differ");
    return true;
  }

  /** Every variable in {@code e} is a field, or is declared inside {@code e} itself (a lambda parameter). */
  private static boolean stateOnly(Expression e) {
    for (NameExpr n : e.findAll(NameExpr.class)) {
      Node parent = n.getParentNode().orElse(null);
      boolean qualifier = parent instanceof MethodCallExpr c && c.getScope().map(s -> s == n).orElse(false)
          || parent instanceof FieldAccessExpr f && f.getScope() == n;
      try {
        ResolvedValueDeclaration d = n.resolve();
        if (d.isField()) continue;
        Optional<Node> declared = d.toAst();
        if (declared.isPresent() && Ast.isInside(declared.get(), e)) continue;
        return false;
      } catch (RuntimeException | StackOverflowError ex) {
        // A type name such as Pattern in Pattern.quote(..) is no variable; anything else unknown refuses.
        if (qualifier && Character.isUpperCase(n.getNameAsString().charAt(0)) && !Variables.shadowsField(n, n.getNameAsString())) continue;
        return false;
      }
    }
    return true;
  }

  /** The compiled pattern is only a receiver of {@link #USES}, directly or through an unchanged local. */
  private static boolean identityUnseen(MethodCallExpr call, MethodDeclaration method) {
    if (usedAsReceiver(call)) return true;
    if (!(call.getParentNode().orElse(null) instanceof VariableDeclarator v) || !(v.getParentNode().orElse(null) instanceof VariableDeclarationExpr d)
        || !(d.getParentNode().orElse(null) instanceof ExpressionStmt)) return false;
    String name = v.getNameAsString();
    if (Variables.uniqueLocal(method, name).isEmpty()) return false;
    List<NameExpr> uses = Variables.uses(method, name);
    return !uses.isEmpty() && uses.stream().allMatch(u -> !Variables.isWrite(u) && usedAsReceiver(u));
  }

  private static boolean usedAsReceiver(Expression e) {
    return Ast.callOn(e).map(c -> USES.contains(c.getNameAsString())).orElse(false);
  }
}
