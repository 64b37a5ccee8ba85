package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.flamefix.kb.ast.Variables;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The stream form of {@link LoopInvariantRecipe}: a lambda passed to a stage of a JDK stream that
 * recomputes, for every element, a value that does not depend on the element. The value is
 * computed once in a local declared just before the statement holding the pipeline.
 *
 * <p>Preconditions for a call {@code e} in the lambda's body: it reads no parameter or local of
 * the lambda; it is pure by {@link PureCalls} (literals, locals and parameters declared outside the
 * lambda — effectively final, since the lambda captures them — final fields of immutable values,
 * JDK value-class methods, pure helpers), and its value is a primitive, {@code String} or boxed
 * value; it is <em>total</em>: evaluating it cannot throw on any state, because the stream may be
 * empty and the original then never evaluated it. Total means built only from literals, variables,
 * arithmetic on primitives other than integer {@code /} and {@code %}, string concatenation,
 * {@code Math} functions that never throw, and a few {@code String} methods ({@code trim},
 * {@code strip}, {@code toLowerCase}, {@code toUpperCase}, {@code length}, {@code isEmpty},
 * {@code isBlank}, {@code equals}, {@code equalsIgnoreCase}, {@code hashCode}, and {@code
 * contains}/{@code startsWith}/{@code endsWith}/{@code concat}/{@code indexOf} with a non-null
 * argument) on a receiver proven non-null: a string literal or concatenation, the result of one
 * of those String-returning methods, a {@code static final} field initialised with a literal, a local
 * initialised with one and never written, or a variable that a statement executed before the
 * pipeline already dereferenced or null-checked ({@code if (x == null) return/throw}). Helper
 * calls are never total here. The lambda is a direct argument of the stage (not nested in other
 * deferred code), and the statement is in a block; reusing one String is refused where identity
 * is compared ({@link LoopInvariantRecipe#sharingUnobservable}).
 */
final class LambdaInvariants {
  /** String methods that never throw on a non-null receiver (and, for {@link #NEEDS_ARGUMENT}, a non-null argument). */
  private static final Set<String> TOTAL_STRING = Set.of("trim", "strip", "toLowerCase", "toUpperCase", "length",
      "isEmpty", "isBlank", "equals", "equalsIgnoreCase", "hashCode", "contains", "startsWith", "endsWith", "concat", "indexOf");
  private static final Set<String> NEEDS_ARGUMENT = Set.of("contains", "startsWith", "endsWith", "concat", "indexOf",
      "toLowerCase", "toUpperCase");
  /** ... of which these return a non-null String. */
  private static final Set<String> PRIMITIVES = Set.of("int", "long", "double", "float", "short", "byte", "char", "boolean");

  private LambdaInvariants() {}

  /** Hoists the first invariant, pure and total call found in a stream stage's lambda; a sentence saying so, or empty. */
  static Optional<String> hoist(MethodDeclaration method, RecipeContext ctx) {
    for (LambdaExpr lambda : method.findAll(LambdaExpr.class)) {
      if (!(lambda.getParentNode().orElse(null) instanceof MethodCallExpr stage) || !stage.getArguments().contains(lambda)
          || !Ast.isJdkStreamStage(stage)) continue;
      Optional<Statement> holder = holdingStatement(lambda);
      if (holder.isEmpty()) continue;
      Set<String> own = new HashSet<>();
      lambda.findAll(Parameter.class).forEach(p -> own.add(p.getNameAsString()));
      lambda.findAll(VariableDeclarator.class).forEach(v -> own.add(v.getNameAsString()));
      Predicate<ResolvedValueDeclaration> stable = d -> (d.isParameter() || d.isVariable())
          && LoopInvariantRecipe.declaredOutside(d, holder.get());
      for (MethodCallExpr call : lambda.getBody().findAll(MethodCallExpr.class)) {
        if (call.getParentNode().isEmpty() || Ast.inDeferredCode(call, lambda)) continue;
        if (call.findAll(NameExpr.class, n -> own.contains(n.getNameAsString())).size() > 0) continue;
        Optional<String> why = hoistOne(call, lambda, holder.get(), stable, ctx);
        if (why.isPresent()) return why;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> hoistOne(MethodCallExpr call, LambdaExpr lambda, Statement holder,
      Predicate<ResolvedValueDeclaration> stable, RecipeContext ctx) {
    if (!new PureCalls(ctx.type()).pure(call, stable) || !total(call, holder)) return Optional.empty();
    ResolvedType type;
    try {
      type = call.calculateResolvedType();
    } catch (RuntimeException | StackOverflowError ex) {
      return Optional.empty();
    }
    if (!PureCalls.immutableValue(type) || type.isArray()) return Optional.empty();
    String typeName = type.isPrimitive() ? type.describe() : Ast.simpleType(type.describe());
    String name = ctx.freshName(call.getNameAsString() + "Once");
    String before = call.toString();
    NameExpr use = new NameExpr(name);
    call.replace(use);
    if (!LoopInvariantRecipe.sharingUnobservable(name, type, lambda)) {
      use.replace(call);
      return Optional.empty();
    }
    BlockStmt block = (BlockStmt) holder.getParentNode().orElseThrow();
    block.addStatement(block.getStatements().indexOf(holder),
        StaticJavaParser.parseStatement("final " + typeName + " " + name + " = " + before + ";"));
    return Optional.of("'" + before + "' was recomputed for every stream element although it does not depend on the"
        + " element and nothing it reads can change; it is computed once before the pipeline. It has no side effects"
        + " and cannot throw, so computing it even for an empty stream is unobservable.");
  }

  /** The statement in a block that holds the pipeline, with no other deferred code between it and the lambda. */
  private static Optional<Statement> holdingStatement(LambdaExpr lambda) {
    for (Optional<Node> p = lambda.getParentNode(); p.isPresent(); p = p.get().getParentNode()) {
      Node x = p.get();
      if (x instanceof LambdaExpr || x instanceof ObjectCreationExpr oc && oc.getAnonymousClassBody().isPresent()) {
        return Optional.empty();
      }
      if (x instanceof Statement s) {
        return s.getParentNode().orElse(null) instanceof BlockStmt ? Optional.of(s) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Evaluating {@code e} cannot throw (see the class comment); {@code at} is where it will be evaluated. */
  static boolean total(Expression e, Statement at) {
    if (e instanceof LiteralExpr) return true;
    if (e instanceof EnclosedExpr en) return total(en.getInner(), at);
    if (e instanceof NameExpr) return true;
    if (e instanceof FieldAccessExpr f) return f.getScope().isThisExpr() || isStaticField(f);
    if (e instanceof CastExpr c) return c.getType().isPrimitiveType() && primitive(c.getExpression()) && total(c.getExpression(), at);
    if (e instanceof UnaryExpr u) {
      return (u.getOperator() == UnaryExpr.Operator.MINUS || u.getOperator() == UnaryExpr.Operator.PLUS
          || u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) && primitive(u.getExpression()) && total(u.getExpression(), at);
    }
    if (e instanceof ConditionalExpr c) {
      return primitive(c.getCondition()) && total(c.getCondition(), at) && total(c.getThenExpr(), at) && total(c.getElseExpr(), at);
    }
    if (e instanceof BinaryExpr b) return totalBinary(b, at);
    if (e instanceof MethodCallExpr c) return totalCall(c, at);
    return false;
  }

  private static boolean totalBinary(BinaryExpr b, Statement at) {
    if (!total(b.getLeft(), at) || !total(b.getRight(), at)) return false;
    // String concatenation: String.valueOf of the immutable values PureCalls admits never throws.
    if (b.getOperator() == BinaryExpr.Operator.PLUS && Ast.isString(b)) return true;
    if ((b.getOperator() == BinaryExpr.Operator.EQUALS || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)
        && !primitive(b.getLeft()) && !primitive(b.getRight())) return true;
    if (!primitive(b.getLeft()) || !primitive(b.getRight())) return false;  // unboxing null throws
    if (b.getOperator() == BinaryExpr.Operator.DIVIDE || b.getOperator() == BinaryExpr.Operator.REMAINDER) {
      return Ast.typeOf(b).map(t -> t.equals("double") || t.equals("float")).orElse(false);
    }
    return true;
  }

  private static boolean totalCall(MethodCallExpr c, Statement at) {
    ResolvedMethodDeclaration m;
    try {
      m = c.resolve();
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
    String owner = m.declaringType().getQualifiedName();
    if (owner.equals("java.lang.Math")) {
      return LoopInvariantRecipe.MATH.contains(m.getName()) && c.getArguments().stream().allMatch(a -> primitive(a) && total(a, at));
    }
    if (!owner.equals("java.lang.String") || m.isStatic() || !TOTAL_STRING.contains(m.getName()) || c.getScope().isEmpty()) {
      return false;
    }
    Expression receiver = c.getScope().get();
    if (!total(receiver, at) || !nonNull(receiver, at, 0)) return false;
    for (Expression a : c.getArguments()) {
      if (!total(a, at)) return false;
      if (NEEDS_ARGUMENT.contains(m.getName()) && !primitive(a) && !nonNull(a, at, 0)) return false;
    }
    return true;
  }

  /** {@code e} cannot be null when evaluated just before {@code at}. */
  private static boolean nonNull(Expression e, Statement at, int depth) {
    Expression x = Ast.unwrap(e);
    if (depth > 4) return false;
    if (Nullness.neverNull(x)) return true;
    if (x instanceof FieldAccessExpr f) return constantInitializer(f).map(LambdaInvariants::literal).orElse(false) || localeConstant(f);
    if (!(x instanceof NameExpr n)) return false;
    ResolvedValueDeclaration d;
    try {
      d = n.resolve();
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
    if (d.isField()) return constantInitializer(n).map(LambdaInvariants::literal).orElse(false);
    MethodDeclaration method = at.findAncestor(MethodDeclaration.class).orElse(null);
    if (method == null || Variables.isWrittenIn(method, n.getNameAsString())) return false;
    if (d.isVariable()) {
      Optional<VariableDeclarator> v = Variables.uniqueLocal(method, n.getNameAsString());
      if (v.isPresent() && v.get().getInitializer().map(i -> nonNull(i, at, depth + 1)).orElse(false)) return true;
    }
    return (d.isParameter() || d.isVariable()) && checkedBefore(n.getNameAsString(), at);
  }

  /** A statement run before {@code at} on every path to it dereferences {@code name} or returns/throws when it is null. */
  private static boolean checkedBefore(String name, Statement at) {
    for (Node s = at; s.getParentNode().isPresent() && !(s instanceof MethodDeclaration); s = s.getParentNode().get()) {
      if (!(s.getParentNode().get() instanceof BlockStmt block) || !(s instanceof Statement st)) continue;
      for (Statement earlier : block.getStatements().subList(0, block.getStatements().indexOf(st))) {
        if (checks(earlier, name)) return true;
      }
    }
    return false;
  }

  private static boolean checks(Statement s, String name) {
    if (s instanceof ExpressionStmt es) {
      Expression e = es.getExpression();
      if (e instanceof VariableDeclarationExpr d) {
        return d.getVariables().stream().anyMatch(v -> v.getInitializer().map(i -> StreamPredicates.alwaysDereferences(i, name)).orElse(false));
      }
      return StreamPredicates.alwaysDereferences(e, name) || requireNonNull(e, name);
    }
    if (s instanceof IfStmt i) {
      if (StreamPredicates.alwaysDereferences(i.getCondition(), name)) return true;
      boolean nullTest = Ast.unwrap(i.getCondition()) instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.EQUALS
          && (isName(b.getLeft(), name) && b.getRight().isNullLiteralExpr() || isName(b.getRight(), name) && b.getLeft().isNullLiteralExpr());
      return nullTest && i.getElseStmt().isEmpty() && leaves(i.getThenStmt());
    }
    return false;
  }

  /** {@code Objects.requireNonNull(name, ..)} as a statement. */
  private static boolean requireNonNull(Expression e, String name) {
    return e instanceof MethodCallExpr c && c.getNameAsString().equals("requireNonNull") && !c.getArguments().isEmpty()
        && isName(c.getArgument(0), name) && declaredBy(c, "java.util.Objects");
  }

  /** A block that always ends in {@code return} or {@code throw}. */
  private static boolean leaves(Statement s) {
    Statement last = s instanceof BlockStmt b && !b.getStatements().isEmpty() ? b.getStatements().getLast().get() : s;
    return last instanceof ReturnStmt || last instanceof ThrowStmt;
  }

  private static Optional<Expression> constantInitializer(Expression field) {
    try {
      ResolvedValueDeclaration d = field instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) field).resolve();
      if (!d.isField() || !d.asField().isStatic()) return Optional.empty();
      Optional<Node> ast = d.asField().toAst();
      if (ast.isEmpty() || !(ast.get() instanceof FieldDeclaration f) || !f.isFinal()) return Optional.empty();
      return f.getVariables().stream().filter(v -> v.getNameAsString().equals(d.getName())).findFirst()
          .flatMap(VariableDeclarator::getInitializer);
    } catch (RuntimeException | StackOverflowError ex) {
      return Optional.empty();
    }
  }

  /** {@code Locale.ROOT}, {@code Locale.ENGLISH}, ...: the JDK's own non-null constants. */
  private static boolean localeConstant(FieldAccessExpr f) {
    try {
      ResolvedValueDeclaration d = f.resolve();
      return d.isField() && d.asField().isStatic() && d.asField().declaringType().getQualifiedName().equals("java.util.Locale")
          && f.getNameAsString().equals(f.getNameAsString().toUpperCase());
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  /** A string literal: a field initialised with one is a constant, set before any code reads it. */
  private static boolean literal(Expression e) {
    return Ast.unwrap(e) instanceof StringLiteralExpr || Ast.unwrap(e) instanceof TextBlockLiteralExpr;
  }

  private static boolean isStaticField(FieldAccessExpr f) {
    try {
      ResolvedValueDeclaration d = f.resolve();
      return d.isField() && d.asField().isStatic() && (f.getScope().isNameExpr() || f.getScope().isFieldAccessExpr());
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  private static boolean declaredBy(MethodCallExpr c, String owner) {
    try {
      return c.resolve().declaringType().getQualifiedName().equals(owner);
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  private static boolean primitive(Expression e) {
    return Ast.typeOf(e).map(PRIMITIVES::contains).orElse(false);
  }

  private static boolean isName(Expression e, String name) {
    return Ast.unwrap(e) instanceof NameExpr n && n.getNameAsString().equals(name);
  }
}
