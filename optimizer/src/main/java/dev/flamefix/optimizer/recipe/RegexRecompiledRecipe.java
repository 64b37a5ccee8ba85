package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.flamefix.kb.ast.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code regex-recompiled}: {@code s.matches("re")}, {@code s.replaceAll("re", r)}, {@code
 * s.replaceFirst("re", r)}, {@code s.split("re"[, n])}, {@code Pattern.matches("re", s)} and {@code
 * Pattern.compile("re")} compile the pattern on every call; the pattern becomes a {@code private
 * static final Pattern} compiled once.
 *
 * <p>Preconditions: the regex is a string literal, or a {@code static final String} field of the
 * class initialised with one (not shadowed in the method), that compiles (so hoisting cannot move a {@code
 * PatternSyntaxException} into class initialisation); the receiver of the {@code String} method is
 * resolved as {@code java.lang.String} (the JDK documents each of these methods as exactly the
 * {@code Pattern} form used here); {@code split} is skipped for the one-character fast path that
 * {@code String.split} serves without a {@code Pattern}. {@code Pattern} is immutable and
 * thread-safe, so sharing one instance changes nothing observable.
 */
public final class RegexRecompiledRecipe implements Recipe {
  private static final Set<String> STRING_METHODS = Set.of("matches", "replaceAll", "replaceFirst", "split");

  @Override
  public String id() {
    return "regex-recompiled";
  }

  @Override
  public String description() {
    return "String.matches/replaceAll/split and Pattern.compile with a literal -> static final Pattern";
  }

  @Override
  public Optional<String> apply(MethodDeclaration target, RecipeContext ctx) {
    List<String> done = Callees.rewriteTargetAndHelpers(target, ctx, (method, out) -> rewrite(method, ctx, out));
    if (done.isEmpty()) return Optional.empty();
    ctx.importType("java.util.regex.Pattern");
    return Optional.of("Compiled " + done.size() + " regular expression(s) once instead of on every call (a static final"
        + " Pattern for a literal, a kept Pattern for one built from the object's state): " + String.join("; ", done) + ". The Pattern API calls used are the ones the String methods"
        + " are specified to perform, so results are identical.");
  }

  private static void rewrite(MethodDeclaration method, RecipeContext ctx, List<String> done) {
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
      if (!Ast.isInside(call, method) || PatternMemo.rewrite(call, method, ctx, done)) continue;
      String name = call.getNameAsString();
      if (call.getArguments().isEmpty()) continue;
      Optional<Regex> found = Regex.of(call.getArgument(0), method, ctx.type());
      if (found.isEmpty()) continue;
      String regex = found.get().value();
      if (!compiles(regex)) continue;
      Optional<Expression> scope = call.getScope();
      boolean patternStatic = scope.isPresent() && scope.get() instanceof NameExpr n
          && (n.getNameAsString().equals("Pattern") || n.toString().equals("java.util.regex.Pattern"));
      if (patternStatic && name.equals("compile") && call.getArguments().size() == 1) {
        String field = constant(ctx, method, found.get());
        call.replace(new NameExpr(field));
        done.add("Pattern.compile(" + found.get().source() + ") -> " + field);
      } else if (patternStatic && name.equals("matches") && call.getArguments().size() == 2) {
        String field = constant(ctx, method, found.get());
        call.replace(matcherCall(field, call.getArgument(1), "matches", List.of()));
        done.add("Pattern.matches(" + found.get().source() + ", ..) -> " + field + ".matcher(..).matches()");
      } else if (!patternStatic && scope.isPresent() && STRING_METHODS.contains(name) && Ast.isString(scope.get())) {
        int args = call.getArguments().size();
        if (name.equals("matches") && args == 1) {
          String field = constant(ctx, method, found.get());
          call.replace(matcherCall(field, scope.get(), "matches", List.of()));
        } else if ((name.equals("replaceAll") || name.equals("replaceFirst")) && args == 2) {
          String field = constant(ctx, method, found.get());
          call.replace(matcherCall(field, scope.get(), name, List.of(call.getArgument(1))));
        } else if (name.equals("split") && (args == 1 || args == 2) && !splitFastPath(regex)) {
          String field = constant(ctx, method, found.get());
          NodeList<Expression> a = new NodeList<>(scope.get().clone());
          if (args == 2) a.add(call.getArgument(1).clone());
          call.replace(new MethodCallExpr(new NameExpr(field), "split", a));
        } else {
          continue;
        }
        done.add("String." + name + "(" + found.get().source() + ") compiled the regex per call");
      }
    }
  }

  /**
   * A regex known when the class is compiled: a string literal, or a {@code static final String}
   * field of the method's class initialised with one and not shadowed in the method.
   *
   * @param value the regex
   * @param source how the code names it: the literal as written, or the field's name
   */
  private record Regex(String value, String source) {
    static Optional<Regex> of(Expression arg, MethodDeclaration method, TypeDeclaration<?> type) {
      if (arg instanceof StringLiteralExpr lit) {
        return Optional.of(new Regex(lit.asString(), lit.toString()));
      }
      if (!(arg instanceof NameExpr n)) return Optional.empty();
      String name = n.getNameAsString();
      boolean shadowed = method.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))
          || Variables.isDeclaredIn(method, name);
      Optional<FieldDeclaration> field = type.getFieldByName(name);
      if (shadowed || field.isEmpty() || !field.get().isStatic() || !field.get().isFinal()) return Optional.empty();
      return field.get().getVariables().stream().filter(v -> v.getNameAsString().equals(name))
          .filter(v -> v.getType().asString().equals("String"))
          .flatMap(v -> v.getInitializer().stream())
          .filter(StringLiteralExpr.class::isInstance)
          .map(init -> new Regex(((StringLiteralExpr) init).asString(), name))
          .findFirst();
    }
  }

  private static MethodCallExpr matcherCall(String field, Expression subject, String op, List<Expression> args) {
    MethodCallExpr matcher = new MethodCallExpr(new NameExpr(field), "matcher", new NodeList<>(subject.clone()));
    NodeList<Expression> a = new NodeList<>();
    args.forEach(x -> a.add(x.clone()));
    return new MethodCallExpr(matcher, op, a);
  }

  private static String constant(RecipeContext ctx, MethodDeclaration method, Regex regex) {
    String init = "Pattern.compile(" + regex.source() + ")";
    String existing = ctx.existingConstant(init);
    if (existing != null) return existing;
    // A constant's pattern is named after it (EMAIL -> EMAIL_PATTERN); a literal's after the method.
    String stem = regex.source().startsWith("\"") ? method.getNameAsString() : regex.source();
    String base = stem.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT) + "_PATTERN";
    String name = ctx.freshName(base);
    ctx.addConstant("Pattern", name, init);
    return name;
  }

  private static boolean compiles(String regex) {
    try {
      Pattern.compile(regex);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  /** Mirrors String.split's no-Pattern fast path (one plain char, or backslash + non-alphanumeric). */
  static boolean splitFastPath(String regex) {
    if (regex.length() == 1 && ".$|()[{^?*+\\".indexOf(regex.charAt(0)) == -1) return true;
    return regex.length() == 2 && regex.charAt(0) == '\\' && !Character.isLetterOrDigit(regex.charAt(1))
        && !Character.isSurrogate(regex.charAt(1));
  }
}
