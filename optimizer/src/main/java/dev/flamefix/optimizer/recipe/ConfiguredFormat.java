package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import dev.flamefix.kb.ast.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code java.text} formatter local built from constants and configured by setters with constant
 * arguments right after its declaration, then only used to {@code format(x)}: {@code NumberFormat
 * f = NumberFormat.getCompactNumberInstance(Locale.US, NumberFormat.Style.SHORT);
 * f.setMaximumFractionDigits(1); ... f.format(n)}. Such a formatter is the same on every call, so
 * one per thread can serve them all ({@code format} output depends only on configuration and
 * argument; the instances are not thread-safe, hence per thread).
 *
 * @param local the variable
 * @param type its declared type, as written
 * @param creation the constructor or factory call
 * @param setters the configuring statements that follow the declaration, in order
 */
record ConfiguredFormat(VariableDeclarator local, String type, Expression creation, List<Statement> setters) {
  private static final Set<String> CONSTRUCTED = Set.of("SimpleDateFormat", "DecimalFormat");
  private static final Set<String> FACTORY_OWNERS = Set.of("NumberFormat", "DateFormat", "java.text.NumberFormat", "java.text.DateFormat");

  static Optional<ConfiguredFormat> of(VariableDeclarator v, MethodDeclaration method) {
    if (v.getInitializer().isEmpty() || v.getType().isVarType()) return Optional.empty();
    Expression init = v.getInitializer().get();
    boolean constructed = init instanceof ObjectCreationExpr oc && CONSTRUCTED.contains(oc.getType().getNameAsString())
        && oc.getAnonymousClassBody().isEmpty() && !oc.getArguments().isEmpty() && oc.getArguments().stream().allMatch(ConfiguredFormat::constant);
    boolean factory = init instanceof MethodCallExpr c && c.getScope().map(s -> FACTORY_OWNERS.contains(s.toString())).orElse(false)
        && c.getNameAsString().startsWith("get") && c.getNameAsString().endsWith("Instance")
        && c.getArguments().stream().allMatch(ConfiguredFormat::constant);
    if (!constructed && !factory) return Optional.empty();
    String name = v.getNameAsString();
    if (Variables.uniqueLocal(method, name).isEmpty() || Variables.isWrittenIn(method, name)) return Optional.empty();
    List<Statement> setters = setters(v, name);
    for (NameExpr use : Variables.uses(method, name)) {
      if (setters.stream().anyMatch(s -> Ast.isInside(use, s))) continue;
      boolean format = !Ast.inDeferredCode(use, method)
          && Ast.callOn(use).map(c -> c.getNameAsString().equals("format") && c.getArguments().size() == 1).orElse(false);
      if (!format) return Optional.empty();
    }
    return Optional.of(new ConfiguredFormat(v, v.getType().asString(), init, setters));
  }

  /** The {@code ThreadLocal.withInitial} supplier that builds and configures one formatter. */
  String threadLocalInitializer() {
    if (setters.isEmpty()) return "ThreadLocal.withInitial(() -> " + creation + ")";
    String name = local.getNameAsString();
    StringBuilder body = new StringBuilder("ThreadLocal.withInitial(() -> {\n  " + type + " " + name + " = " + creation + ";\n");
    setters.forEach(s -> body.append("  ").append(s).append('\n'));
    return body.append("  return ").append(name).append(";\n})").toString();
  }

  private static List<Statement> setters(VariableDeclarator v, String name) {
    List<Statement> out = new ArrayList<>();
    if (!(v.getParentNode().orElse(null) instanceof VariableDeclarationExpr d) || d.getVariables().size() != 1
        || !(d.getParentNode().orElse(null) instanceof ExpressionStmt decl)
        || !(decl.getParentNode().orElse(null) instanceof BlockStmt block)) return out;
    for (int i = block.getStatements().indexOf(decl) + 1; i < block.getStatements().size(); i++) {
      Statement s = block.getStatement(i);
      boolean setter = s instanceof ExpressionStmt es && es.getExpression() instanceof MethodCallExpr c
          && c.getNameAsString().startsWith("set") && c.getScope().filter(x -> x instanceof NameExpr n && n.getNameAsString().equals(name)).isPresent()
          && c.getArguments().stream().allMatch(ConfiguredFormat::constant);
      if (!setter) break;
      out.add(s);
    }
    return out;
  }

  /** A literal (not null) or a static field / enum constant of a JDK type, e.g. {@code Locale.US}. */
  static boolean constant(Expression e) {
    if (e instanceof LiteralExpr) return !(e instanceof NullLiteralExpr);
    if (!(e instanceof FieldAccessExpr fa)) return false;
    try {
      ResolvedValueDeclaration d = fa.resolve();
      if (d.isEnumConstant()) return d.asEnumConstant().getType().describe().startsWith("java.");
      return d.isField() && d.asField().isStatic() && d.asField().declaringType().getQualifiedName().startsWith("java.");
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }
}
