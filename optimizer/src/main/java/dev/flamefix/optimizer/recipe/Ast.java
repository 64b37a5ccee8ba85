package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.type.UnknownType;
import com.github.javaparser.resolution.MethodUsage;
import com.github.javaparser.resolution.declarations.ResolvedTypeParameterDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.logic.FunctionalInterfaceLogic;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.javaparsermodel.declarations.JavaParserParameterDeclaration;
import dev.flamefix.optimizer.target.MethodTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * AST queries only the recipes need: resolved types, escapes and deferred code. Loop and variable
 * queries shared with the knowledge base are in {@link dev.flamefix.kb.ast}. Every type question
 * answers "unknown" rather than guess.
 */
final class Ast {
  private Ast() {}

  static boolean isInside(Node n, Node ancestor) {
    for (Optional<Node> p = Optional.of(n); p.isPresent(); p = p.get().getParentNode()) {
      if (p.get() == ancestor) return true;
    }
    return false;
  }

  /** Inside a lambda, anonymous class or local class (where capture rules and timing differ). */
  static boolean inDeferredCode(Node n, Node stop) {
    for (Optional<Node> p = n.getParentNode(); p.isPresent() && p.get() != stop; p = p.get().getParentNode()) {
      Node x = p.get();
      if (x instanceof LambdaExpr || x instanceof LocalClassDeclarationStmt) return true;
      if (x instanceof ObjectCreationExpr oc && oc.getAnonymousClassBody().isPresent() && n != oc) return true;
      if (x instanceof com.github.javaparser.ast.expr.MethodReferenceExpr) return true;
    }
    return false;
  }

  /**
   * Fully qualified resolved type of {@code e}, or empty when the solver cannot tell. An implicitly
   * typed lambda parameter gets the functional interface's parameter type, not the wildcard the
   * solver reports (see {@link #implicitLambdaParameterType}).
   */
  static Optional<String> typeOf(Expression e) {
    if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) return Optional.of("java.lang.String");
    try {
      String described = e.calculateResolvedType().describe();
      if (described.startsWith("?") && e instanceof NameExpr n) return implicitLambdaParameterType(n, described);
      return Optional.of(described);
    } catch (RuntimeException | StackOverflowError ex) {
      return Optional.empty();
    }
  }

  /**
   * {@link Expression#calculateResolvedType()} with an implicitly typed lambda parameter's bounded
   * wildcard replaced by its bound, as in {@link #typeOf} (an unbounded {@code ?} stays as solved);
   * for code that needs the solver's type object rather than its description.
   */
  static ResolvedType resolvedType(Expression e) {
    ResolvedType t = e.calculateResolvedType();
    boolean bounded = (t.isWildcard() && t.asWildcard().isBounded()) || t.isConstraint();
    if (bounded && e instanceof NameExpr n && lambdaParameter(n).map(p -> p.getType() instanceof UnknownType).orElse(false)) {
      // The solver answers a lambda parameter with a constraint type ("? super T") or a wildcard.
      return t.isConstraint() ? t.asConstraintType().getBound() : t.asWildcard().getBoundedType();
    }
    return t;
  }

  /** Declared type of the variable/parameter/field {@code name} refers to, qualified when resolvable. */
  static Optional<String> declaredType(NameExpr name) {
    try {
      ResolvedValueDeclaration d = name.resolve();
      String described = d.getType().describe();
      if (described.startsWith("?")) return implicitLambdaParameterType(name, described);
      return Optional.of(described);
    } catch (RuntimeException | StackOverflowError ex) {
      return Optional.empty();
    }
  }

  /**
   * The type of an implicitly typed lambda parameter whose solved type is the wildcard
   * {@code solved}. JavaParser's solver reports the target type's type argument as is
   * ({@code ? super java.lang.String} for {@code allMatch(label -> ..)} on a {@code Stream<String>}),
   * but the parameter's type is that of the non-wildcard parameterization of the functional
   * interface (JLS 9.9): {@code ? super L} → {@code L}, {@code ? extends U} → {@code U}, and
   * {@code ?} → the bound of the interface's type parameter. Any other wildcard (one that is not an
   * implicit lambda parameter's, e.g. an element of a {@code List<? super T>}, whose real type is a
   * capture bounded by {@code Object}) stays unknown.
   */
  static Optional<String> implicitLambdaParameterType(NameExpr name, String solved) {
    Optional<Parameter> param = lambdaParameter(name);
    if (param.isEmpty() || !(param.get().getType() instanceof UnknownType)) return Optional.empty();
    if (solved.startsWith("? super ")) return Optional.of(solved.substring("? super ".length()));
    if (solved.startsWith("? extends ")) return Optional.of(solved.substring("? extends ".length()));
    if (!solved.equals("?")) return Optional.empty();
    LambdaExpr lambda = (LambdaExpr) param.get().getParentNode().orElseThrow();
    int index = lambda.getParameters().indexOf(param.get());
    try {
      ResolvedType target = lambda.calculateResolvedType();
      Optional<MethodUsage> sam = FunctionalInterfaceLogic.getFunctionalMethod(target);
      if (sam.isEmpty() || index < 0 || index >= sam.get().getDeclaration().getNumberOfParams()) return Optional.empty();
      ResolvedType declared = sam.get().getDeclaration().getParam(index).getType();
      if (!declared.isTypeVariable()) return Optional.empty();
      List<ResolvedTypeParameterDeclaration.Bound> bounds = declared.asTypeParameter().getBounds();
      if (bounds.isEmpty()) return Optional.of("java.lang.Object");
      // A bound naming another type variable (<T extends Comparable<T>>) has no closed answer here.
      if (bounds.size() == 1 && bounds.get(0).isExtends() && !bounds.get(0).getType().isTypeVariable()
          && bounds.get(0).getType().isReferenceType() && bounds.get(0).getType().asReferenceType().typeParametersValues().isEmpty()) {
        return Optional.of(bounds.get(0).getType().describe());
      }
      return Optional.empty();
    } catch (RuntimeException | StackOverflowError ex) {
      return Optional.empty();
    }
  }

  /**
   * Whether an expression-bodied lambda's value is used: its functional interface's method returns
   * a value ({@code map(x -> f(x))}), as opposed to a void one whose body is only run for its effect
   * ({@code forEach(x -> f(x))}). Empty when the solver cannot tell.
   */
  static Optional<Boolean> returnsValue(LambdaExpr lambda) {
    try {
      Optional<MethodUsage> sam = FunctionalInterfaceLogic.getFunctionalMethod(lambda.calculateResolvedType());
      return sam.map(m -> !m.returnType().isVoid());
    } catch (RuntimeException | StackOverflowError ex) {
      return Optional.empty();
    }
  }

  /**
   * The value of {@code e} is thrown away: it is a statement of its own, or the body of an
   * expression lambda whose functional interface returns {@code void}. (JavaParser wraps every
   * expression lambda's body in an expression statement, so the parent alone does not tell: the
   * body of {@code map(c -> f(c))} is the lambda's result.) Without a parent nothing is known, so it
   * counts as discarded.
   */
  static boolean resultDiscarded(Expression e) {
    Node parent = e.getParentNode().orElse(null);
    if (!(parent instanceof com.github.javaparser.ast.stmt.ExpressionStmt statement)) return parent == null;
    return !(statement.getParentNode().orElse(null) instanceof LambdaExpr lambda && returnsValue(lambda).orElse(false));
  }

  /** The lambda parameter {@code name} resolves to, if that is what it names. */
  private static Optional<Parameter> lambdaParameter(NameExpr name) {
    try {
      if (name.resolve() instanceof JavaParserParameterDeclaration d
          && d.getWrappedNode().getParentNode().map(LambdaExpr.class::isInstance).orElse(false)) {
        return Optional.of(d.getWrappedNode());
      }
    } catch (RuntimeException | StackOverflowError ex) {
      // unresolved: unknown
    }
    return Optional.empty();
  }

  private static final java.util.Set<String> JDK_STREAMS = java.util.Set.of("java.util.stream.Stream",
      "java.util.stream.IntStream", "java.util.stream.LongStream", "java.util.stream.DoubleStream");

  /** A call of a stage of a JDK stream ({@code Stream}, {@code IntStream}, ...): its receiver's type says so. */
  static boolean isJdkStreamStage(MethodCallExpr call) {
    return call.getScope().flatMap(Ast::typeOf).map(Ast::erasure).map(JDK_STREAMS::contains).orElse(false);
  }

  static String erasure(String type) {
    int lt = type.indexOf('<');
    return lt < 0 ? type : type.substring(0, lt);
  }

  /** Type arguments of a described generic type, split at top level. */
  static List<String> typeArguments(String type) {
    List<String> out = new ArrayList<>();
    int lt = type.indexOf('<');
    if (lt < 0 || !type.endsWith(">")) return out;
    out.addAll(MethodTarget.splitTopLevel(type.substring(lt + 1, type.length() - 1)));
    return out;
  }

  /** Simple name of a qualified type: {@code java.util.List<java.lang.String>} → {@code List<String>}. */
  static String simpleType(String described) {
    return described.replaceAll("\\b(?:[a-z_][\\w]*\\.)+([A-Z])", "$1");
  }

  /** A String-typed expression: literal, a + chain with a string literal, or resolved java.lang.String. */
  static boolean isString(Expression e) {
    Expression x = unwrap(e);
    if (x instanceof StringLiteralExpr || x instanceof TextBlockLiteralExpr) return true;
    if (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS && plusTreeHasStringLiteral(b)) return true;
    return typeOf(x).map("java.lang.String"::equals).orElse(false);
  }

  /** A non-null String: a literal or a concatenation (concatenation never yields null). */
  static boolean isNonNullString(Expression e) {
    Expression x = unwrap(e);
    return x instanceof StringLiteralExpr || x instanceof TextBlockLiteralExpr
        || (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS && plusTreeHasStringLiteral(b));
  }

  private static boolean plusTreeHasStringLiteral(Expression e) {
    Expression x = unwrap(e);
    if (x instanceof StringLiteralExpr || x instanceof TextBlockLiteralExpr) return true;
    if (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      return plusTreeHasStringLiteral(b.getLeft()) || plusTreeHasStringLiteral(b.getRight());
    }
    return false;
  }

  static Expression unwrap(Expression e) {
    Expression x = e;
    while (x instanceof EnclosedExpr en) x = en.getInner();
    return x;
  }

  /** Method calls that are unqualified or on {@code this}: they may touch any field. */
  static boolean hasSelfCalls(Node scope) {
    return !scope.findAll(MethodCallExpr.class, c -> c.getScope().isEmpty() || c.getScope().get().isThisExpr()).isEmpty();
  }

  /** Is {@code n} an argument of a method call or constructor (it may escape there)? */
  static boolean isArgument(Expression n) {
    Optional<Node> p = n.getParentNode();
    if (p.isEmpty()) return false;
    if (p.get() instanceof MethodCallExpr c) return c.getArguments().stream().anyMatch(a -> a == n);
    if (p.get() instanceof ObjectCreationExpr o) return o.getArguments().stream().anyMatch(a -> a == n);
    return false;
  }

  /** The call whose scope is {@code n}, if {@code n} is a call's receiver. */
  static Optional<MethodCallExpr> callOn(Expression n) {
    return n.getParentNode()
        .filter(p -> p instanceof MethodCallExpr c && c.getScope().map(s -> s == n).orElse(false))
        .map(p -> (MethodCallExpr) p);
  }
}
