package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.flamefix.kb.ast.Variables;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code formatter-recreated}: a formatter built from constants on every call is built once.
 *
 * <ul>
 *   <li>{@code DateTimeFormatter.ofPattern("p"[, Locale.X])} becomes a {@code private static final
 *       DateTimeFormatter}. Preconditions: the pattern is a literal that {@code ofPattern} accepts
 *       (checked now, so no {@code IllegalArgumentException} moves to class initialisation) and the
 *       locale, if any, is a {@code Locale} constant. {@code DateTimeFormatter} is immutable and
 *       thread-safe.
 *   <li>{@code new SimpleDateFormat("p")} / {@code new DecimalFormat("p")} assigned to a local that
 *       is only ever the receiver of {@code format(x)} becomes {@code FMT.get()} on a {@code private
 *       static final ThreadLocal} (these classes are mutable and not thread-safe, so one per
 *       thread). Preconditions: the constructor's only argument is a literal; no setter is ever
 *       called on the local; it does not escape. Assumption, stated because it cannot be checked:
 *       the JVM's default locale and time zone do not change while the program runs (the original
 *       reads them at every construction, the rewrite once per thread).
 * </ul>
 */
public final class FormatterRecreatedRecipe implements Recipe {
  private static final Set<String> MUTABLE_FORMATS = Set.of("SimpleDateFormat", "DecimalFormat");

  @Override
  public String id() {
    return "formatter-recreated";
  }

  @Override
  public String description() {
    return "DateTimeFormatter.ofPattern / new SimpleDateFormat per call -> static final (ThreadLocal) formatter";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    List<String> done = new ArrayList<>();
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
      if (v.getInitializer().isEmpty() || !(v.getInitializer().get() instanceof ObjectCreationExpr oc)) continue;
      String type = oc.getType().getNameAsString();
      if (!MUTABLE_FORMATS.contains(type) || oc.getAnonymousClassBody().isPresent()) continue;
      if (oc.getArguments().size() != 1 || !(oc.getArgument(0) instanceof StringLiteralExpr lit)) continue;
      String local = v.getNameAsString();
      if (Variables.uniqueLocal(method, local).isEmpty()) continue;
      boolean onlyFormat = Variables.uses(method, local).stream().allMatch(u -> !Ast.inDeferredCode(u, method)
          && Ast.callOn(u).map(c -> c.getNameAsString().equals("format") && c.getArguments().size() == 1).orElse(false));
      if (!onlyFormat) continue;
      String field = ctx.freshName(constName(method, "FORMAT"));
      ctx.addConstant("ThreadLocal<" + type + ">", field, "ThreadLocal.withInitial(() -> " + oc + ")");
      v.setInitializer(new MethodCallExpr(new NameExpr(field), "get"));
      done.add("new " + type + "(\"" + lit.asString() + "\") per call -> per-thread " + field);
    }
    if (done.isEmpty()) return Optional.empty();
    return Optional.of("Formatters built from constants on every call are now built once: " + String.join("; ", done)
        + ". Same pattern, same locale, so the text produced is identical.");
  }

  private static boolean isLocaleConstant(Expression e) {
    return e instanceof FieldAccessExpr fa && fa.getScope().toString().endsWith("Locale")
        && fa.getNameAsString().equals(fa.getNameAsString().toUpperCase(Locale.ROOT));
  }

  private static String constName(MethodDeclaration method, String suffix) {
    return method.getNameAsString().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT) + "_" + suffix;
  }
}
