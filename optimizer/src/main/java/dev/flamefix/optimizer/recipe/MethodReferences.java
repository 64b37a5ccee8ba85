package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.resolution.MethodUsage;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import dev.flamefix.kb.ast.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A normal form the recipes see: a method reference passed to a stream's predicate stage ({@code
 * filter}, {@code anyMatch}, {@code allMatch}, {@code noneMatch}, {@code takeWhile}, {@code
 * dropWhile} of {@code Stream}/{@code IntStream}/{@code LongStream}/{@code DoubleStream}) is written
 * as the lambda it means before the recipes run, so {@code filter(Sensor::isFaulty)} is matched
 * wherever {@code filter(s -> s.isFaulty())} is; afterwards every such lambda a recipe left
 * unchanged (where it was, or copied elsewhere) is turned back into the original reference, so the
 * rewrite keeps the author's text.
 *
 * <p>Only conversions that are exact are made. The stage methods have one overload of their arity,
 * so an implicitly typed lambda gets the same target type (a {@code Predicate}-like interface of
 * one parameter) as the reference did. {@code this::m} becomes {@code p -> this.m(p)}, {@code
 * super::m} {@code p -> super.m(p)}; {@code T::m} becomes {@code p -> T.m(p)} when every method
 * {@code m} of {@code T} is static with one parameter, and {@code p -> p.m()} (unbound receiver)
 * when every one is an instance method without parameters — anything mixed, variadic, private
 * (not inherited, so {@code p.m()} on a subclass element could mean another method) or
 * unresolvable is left alone. {@code expr::m} evaluates {@code expr} once, when the reference is
 * created, and throws there if it is null; it is converted only when {@code expr} is a string
 * literal or a local declared in the method with a {@code new} initializer and never written again
 * (non-null, and the same object at every later read). Parameters and fields are not converted: a
 * null parameter would throw at the reference even on an empty stream but never in the lambda.
 * Constructor references cannot be predicates and are never converted. The lambda's parameter gets
 * a name used nowhere in the file.
 */
final class MethodReferences {
  private static final Set<String> PREDICATE_STAGES = Set.of("filter", "anyMatch", "allMatch", "noneMatch", "takeWhile",
      "dropWhile");

  /** One reference replaced by its lambda: the unchanged lambda {@code as} reads back as {@code original}. */
  private record Converted(LambdaExpr as, MethodReferenceExpr original) {}

  private final List<Converted> converted = new ArrayList<>();

  private MethodReferences() {}

  /** Replaces every convertible reference in {@code method} by its lambda; {@link #restore} undoes the unchanged ones. */
  static MethodReferences toLambdas(MethodDeclaration method, RecipeContext ctx) {
    MethodReferences out = new MethodReferences();
    for (MethodReferenceExpr ref : method.findAll(MethodReferenceExpr.class)) {
      Optional<String> lambda;
      try {
        lambda = inPredicateStage(ref) ? lambdaText(ref, method, ctx) : Optional.empty();
      } catch (RuntimeException | StackOverflowError e) {
        lambda = Optional.empty();
      }
      if (lambda.isEmpty()) continue;
      LambdaExpr l = (LambdaExpr) StaticJavaParser.parseExpression(lambda.get());
      ref.replace(l);
      out.converted.add(new Converted(l.clone(), ref));
    }
    return out;
  }

  /** The lambdas written here, as the recipes see them (for tests and explanations). */
  List<LambdaExpr> lambdas() {
    return converted.stream().map(Converted::as).toList();
  }

  /** Turns every lambda under {@code root} that still equals one this pass wrote back into its reference. */
  void restore(Node root) {
    for (Converted c : converted) {
      boolean first = true;
      for (LambdaExpr l : root.findAll(LambdaExpr.class, l -> l.equals(c.as()))) {
        // The original node keeps its source text; a copy prints the same tokens.
        l.replace(first && c.original().getParentNode().isEmpty() ? c.original() : c.original().clone());
        first = false;
      }
    }
  }

  /** {@code ref} is the only argument of a predicate stage called on a JDK stream. */
  private static boolean inPredicateStage(MethodReferenceExpr ref) {
    if (!(ref.getParentNode().orElse(null) instanceof MethodCallExpr call) || call.getArguments().size() != 1
        || call.getArgument(0) != ref || !PREDICATE_STAGES.contains(call.getNameAsString())) {
      return false;
    }
    return Ast.isJdkStreamStage(call);
  }

  private static Optional<String> lambdaText(MethodReferenceExpr ref, MethodDeclaration method, RecipeContext ctx) {
    if (ref.getTypeArguments().isPresent() || ref.getIdentifier().equals("new")) return Optional.empty();
    String m = ref.getIdentifier();
    Expression scope = ref.getScope();
    Optional<String> body;
    String p = ctx.freshName("item");
    if (scope instanceof ThisExpr t && t.getTypeName().isEmpty()) {
      body = Optional.of("this." + m + "(" + p + ")");
    } else if (scope instanceof SuperExpr s && s.getTypeName().isEmpty()) {
      body = Optional.of("super." + m + "(" + p + ")");
    } else if (scope instanceof StringLiteralExpr) {
      body = Optional.of(scope + "." + m + "(" + p + ")");
    } else if (simpleName(scope).filter(n -> isVariable(n, method, ref)).isPresent()) {
      String n = simpleName(scope).get();
      body = nonNullUnchangedLocal(n, method) ? Optional.of(n + "." + m + "(" + p + ")") : Optional.empty();
    } else if (scope instanceof TypeExpr type && type.getType() instanceof ClassOrInterfaceType t && t.getTypeArguments().isEmpty()) {
      body = typeMember(t, m).map(isStatic -> isStatic ? type + "." + m + "(" + p + ")" : p + "." + m + "()");
    } else {
      body = Optional.empty();
    }
    return body.map(b -> p + " -> " + b);
  }

  /** A single identifier, whether the parser read it as a name or as a type. */
  private static Optional<String> simpleName(Expression scope) {
    if (scope instanceof NameExpr n) return Optional.of(n.getNameAsString());
    if (scope instanceof TypeExpr t && t.getType() instanceof ClassOrInterfaceType c && c.getScope().isEmpty()
        && c.getTypeArguments().isEmpty()) return Optional.of(c.getNameAsString());
    return Optional.empty();
  }

  /** Could {@code name} at {@code ref} mean a variable (a variable wins over a type of that name)? */
  private static boolean isVariable(String name, MethodDeclaration method, Node ref) {
    return Variables.shadowsField(ref, name) || Variables.isDeclaredIn(method, name);
  }

  /** A local declared once in the method, initialised with {@code new} (never null) and never written again. */
  private static boolean nonNullUnchangedLocal(String name, MethodDeclaration method) {
    Optional<VariableDeclarator> v = Variables.uniqueLocal(method, name);
    return v.isPresent() && v.get().getInitializer().map(i -> Ast.unwrap(i) instanceof ObjectCreationExpr).orElse(false)
        && !Variables.isWrittenIn(method, name);
  }

  /**
   * True when every method {@code m} of {@code type} is static with one parameter, false when every
   * one is an instance method with none, empty otherwise (mixed, variadic, other arities, unresolved).
   */
  private static Optional<Boolean> typeMember(ClassOrInterfaceType type, String m) {
    ResolvedReferenceTypeDeclaration d = type.resolve().asReferenceType().getTypeDeclaration().orElse(null);
    if (d == null) return Optional.empty();
    boolean statics = false;
    boolean instances = false;
    for (MethodUsage u : d.getAllMethods()) {
      if (!u.getName().equals(m)) continue;
      // A private m is not inherited: p.m() on a subclass element could call another method.
      if (u.getDeclaration().hasVariadicParameter() || u.getDeclaration().accessSpecifier() == com.github.javaparser.ast.AccessSpecifier.PRIVATE) {
        return Optional.empty();
      }
      if (u.getDeclaration().isStatic() && u.getNoParams() == 1) statics = true;
      else if (!u.getDeclaration().isStatic() && u.getNoParams() == 0) instances = true;
      else return Optional.empty();
    }
    return statics == instances ? Optional.empty() : Optional.of(statics);
  }
}
