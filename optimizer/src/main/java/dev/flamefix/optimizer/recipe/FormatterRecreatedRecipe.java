package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.Statement;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;


/**
 * {@code formatter-recreated}: a formatter built from constants on every call is built once.
 *
 * <ul>
 *   <li>{@code DateTimeFormatter.ofPattern("p"[, Locale.X])} becomes a {@code private static final
 *       DateTimeFormatter}. Preconditions: the pattern is a literal that {@code ofPattern} accepts
 *       (checked now, so no {@code IllegalArgumentException} moves to class initialisation) and the
 *       locale, if any, is a {@code Locale} constant. {@code DateTimeFormatter} is immutable and
 *       thread-safe.
 *   <li>A {@code java.text} formatter local ({@code new SimpleDateFormat/DecimalFormat(..)} or a
 *       {@code NumberFormat/DateFormat.get*Instance(..)} factory, every argument a literal or a JDK
 *       constant such as {@code Locale.US}), optionally configured by {@code setX(constants)}
 *       statements right after its declaration, and otherwise only the receiver of {@code
 *       format(x)}, becomes {@code FMT.get()} on a {@code private static final ThreadLocal} whose
 *       supplier builds and configures it (these classes are mutable and not thread-safe, so one per
 *       thread; {@code format} output depends only on configuration and argument). Preconditions:
 *       the local is declared once, never reassigned, not captured, not passed on. A constructor
 *       that throws (bad pattern) throws from {@code get()} at the same place, every time, because
 *       {@code ThreadLocal} keeps no value when its supplier throws. Assumption, stated because it
 *       cannot be checked: the JVM's default locale and time zone do not change while the program
 *       runs (the original reads them at every construction, the rewrite once per thread).
 * </ul>
 */
public final class FormatterRecreatedRecipe implements Recipe {

  @Override
  public String id() {
    return "formatter-recreated";
  }

  @Override
  public String description() {
    return "DateTimeFormatter.ofPattern / new SimpleDateFormat per call -> static final (ThreadLocal) formatter";
  }

  @Override
  public Optional<String> apply(MethodDeclaration target, RecipeContext ctx) {
    List<String> done = Callees.rewriteTargetAndHelpers(target, ctx, (method, out) -> rewrite(method, ctx, out));
    if (done.isEmpty()) return Optional.empty();
    return Optional.of("Formatters built from constants on every call are now built once: " + String.join("; ", done)
        + ". Same pattern, same locale, so the text produced is identical.");
  }

  private static void rewrite(MethodDeclaration method, RecipeContext ctx, List<String> done) {
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
      if (!call.getNameAsString().equals("ofPattern") || call.getScope().isEmpty()
          || !call.getScope().get().toString().endsWith("DateTimeFormatter")) continue;
      if (call.getArguments().isEmpty() || !(call.getArgument(0) instanceof StringLiteralExpr lit)) continue;
      if (call.getArguments().size() == 2 && !isLocaleConstant(call.getArgument(1))) continue;
      if (call.getArguments().size() > 2) continue;
      try {
        DateTimeFormatter.ofPattern(lit.asString());
      } catch (IllegalArgumentException e) {
        continue;
      }
      String init = call.toString();
      String field = ctx.existingConstant(init);
      if (field == null) {
        field = ctx.freshName(constName(method, "FORMATTER"));
        ctx.addConstant("DateTimeFormatter", field, init);
      }
      call.replace(new NameExpr(field));
      done.add("DateTimeFormatter.ofPattern(\"" + lit.asString() + "\") -> " + field);
    }
    for (VariableDeclarator v : method.findAll(VariableDeclarator.class)) {
      Optional<ConfiguredFormat> found = ConfiguredFormat.of(v, method);
      if (found.isEmpty()) continue;
      ConfiguredFormat f = found.get();
      String field = ctx.freshName(constName(method, "FORMAT"));
      ctx.addConstant("ThreadLocal<" + f.type() + ">", field, f.threadLocalInitializer());
      v.setInitializer(new MethodCallExpr(new NameExpr(field), "get"));
      f.setters().forEach(Statement::remove);
      done.add("'" + f.creation() + "'" + (f.setters().isEmpty() ? "" : " and its " + f.setters().size() + " setter call(s)")
          + " per call -> per-thread " + field);
    }
  }

  private static boolean isLocaleConstant(Expression e) {
    return e instanceof FieldAccessExpr fa && fa.getScope().toString().endsWith("Locale")
        && fa.getNameAsString().equals(fa.getNameAsString().toUpperCase(Locale.ROOT));
  }

  private static String constName(MethodDeclaration method, String suffix) {
    return method.getNameAsString().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT) + "_" + suffix;
  }
}
