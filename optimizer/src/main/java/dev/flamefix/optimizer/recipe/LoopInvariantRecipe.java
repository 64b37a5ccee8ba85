package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code loop-invariant}: a local declared in a loop body whose value cannot change between
 * iterations is computed once before the loop.
 *
 * <p>Preconditions: the declaration {@code T x = e;} is a direct statement of the loop's body; {@code
 * e} calls at least one {@code java.lang.Math} function (otherwise there is nothing worth hoisting)
 * and is built only from literals, {@code Math} functions that never throw, arithmetic other than
 * integer division/remainder (which can throw), casts, and variables that are declared before the
 * loop and never written inside it (the loop variable included); {@code x} is never written in the
 * loop and its name is declared nowhere else in the method. Such an expression has no side effects
 * and cannot throw, so evaluating it once, even when the loop runs zero times, is unobservable.
 *
 * <p>The same anti-pattern in a lambda passed to a stream stage (a value recomputed for every
 * element) is hoisted before the statement holding the pipeline by {@link LambdaInvariants}, with
 * the same purity test ({@link PureCalls}) and its own proof that the value cannot throw.
 */
public final class LoopInvariantRecipe implements Recipe {
  /** {@code Math} functions that never throw. */
  static final Set<String> MATH = Set.of("sqrt", "cbrt", "pow", "exp", "log", "log10", "log1p", "expm1", "sin",
      "cos", "tan", "asin", "acos", "atan", "atan2", "hypot", "abs", "max", "min", "floor", "ceil", "rint", "signum",
      "toRadians", "toDegrees");

  @Override
  public String id() {
    return "loop-invariant";
  }

  @Override
  public String description() {
    return "pure invariant local computed in a loop body -> computed once before the loop";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (Statement loop : method.findAll(Statement.class, Loops::isLoop)) {
      if (!(loop.getParentNode().orElse(null) instanceof BlockStmt outer)) continue;
      Statement body = Loops.body(loop);
      if (!(body instanceof BlockStmt block)) continue;
      for (Statement s : block.getStatements()) {
        if (!(s instanceof ExpressionStmt es) || !(es.getExpression() instanceof VariableDeclarationExpr decl)
            || decl.getVariables().size() != 1) continue;
        VariableDeclarator v = decl.getVariable(0);
        if (v.getInitializer().isEmpty()) continue;
        Expression e = v.getInitializer().get();
        if (e.findAll(MethodCallExpr.class).isEmpty()) continue;
        String x = v.getNameAsString();
        if (Variables.uniqueLocal(method, x).isEmpty() || Variables.isWrittenIn(loop, x)) continue;
        if (!invariant(e, loop, method)) {
          Optional<String> lazy = hoistLazily(es, decl, loop, outer, ctx);
          if (lazy.isPresent()) return lazy;
          continue;
        }
        s.remove();
        outer.addStatement(outer.getStatements().indexOf(loop), s);
        return Optional.of("'" + x + " = " + e + "' was recomputed on every iteration although nothing it reads"
            + " changes in the loop; it is computed once before the loop. The expression has no side effects and"
            + " cannot throw, so hoisting it is unobservable.");
      }
    }
    return LambdaInvariants.hoist(method, ctx);
  }

  /**
   * A pure invariant value that may throw (or whose helper we cannot prove total) is computed at its
   * first use in the loop and reused afterwards: same point of evaluation, same exception, and no
   * evaluation at all when the loop never reaches it.
   */
  private static Optional<String> hoistLazily(ExpressionStmt stmt, VariableDeclarationExpr decl, Statement loop,
      BlockStmt outer, RecipeContext ctx) {
    VariableDeclarator v = decl.getVariable(0);
    Expression e = v.getInitializer().get();
    Predicate<ResolvedValueDeclaration> stable = d -> (d.isParameter() || d.isVariable())
        && declaredOutside(d, loop) && !Variables.isWrittenIn(loop, d.getName());
    if (!new PureCalls(ctx.type()).pure(e, stable)) return Optional.empty();
    ResolvedType type;
    try {
      type = e.calculateResolvedType();
    } catch (RuntimeException | StackOverflowError ex) {
      return Optional.empty();
    }
    String x = v.getNameAsString();
    if (!sharingUnobservable(x, type, loop)) return Optional.empty();
    String typeName = v.getType().isVarType() ? type.describe().replaceFirst("^java\\.lang\\.", "") : v.getType().asString();
    String cache = ctx.freshName(x + "Once");
    String ready = ctx.freshName(x + "Computed");
    String zero = !type.isPrimitive() ? "null" : type.asPrimitive().describe().equals("boolean") ? "false"
        : type.asPrimitive().describe().equals("char") ? "'\\0'" : "0";
    int at = outer.getStatements().indexOf(loop);
    outer.addStatement(at, StaticJavaParser.parseStatement(typeName + " " + cache + " = " + zero + ";"));
    outer.addStatement(at + 1, StaticJavaParser.parseStatement("boolean " + ready + " = false;"));
    BlockStmt body = (BlockStmt) stmt.getParentNode().get();
    body.addStatement(body.getStatements().indexOf(stmt),
        StaticJavaParser.parseStatement("if (!" + ready + ") { " + cache + " = " + e + "; " + ready + " = true; }"));
    v.setInitializer(new NameExpr(cache));
    return Optional.of("'" + x + " = " + e + "' was recomputed on every iteration although it is a pure function of"
        + " values the loop does not change; it is now computed where the loop first needs it and reused, so an"
        + " exception (if any) is thrown at the same point and a loop that never reaches it never computes it.");
  }

  static boolean declaredOutside(ResolvedValueDeclaration d, Node loop) {
    try {
      Optional<Node> ast = d.isParameter() ? d.asParameter().toAst() : d.toAst();
      return ast.isPresent() && !Ast.isInside(ast.get(), loop);
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  /**
   * The original built a fresh value per iteration; reusing one is unobservable for a primitive, and
   * for a String/boxed value unless its identity is compared; an array must only be read.
   */
  static boolean sharingUnobservable(String x, ResolvedType type, Node loop) {
    for (NameExpr use : loop.findAll(NameExpr.class, n -> n.getNameAsString().equals(x))) {
      Node parent = use.getParentNode().orElse(null);
      if (type.isArray()) {
        boolean read = parent instanceof FieldAccessExpr f && f.getNameAsString().equals("length")
            || parent instanceof ArrayAccessExpr a && a.getName() == use && !written(a)
            || parent instanceof ForEachStmt fe && fe.getIterable() == use;
        if (!read) return false;
      } else if (!type.isPrimitive()) {
        if (parent instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.EQUALS
            || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)
            && !(b.getLeft().isNullLiteralExpr() || b.getRight().isNullLiteralExpr())) return false;
        if (parent instanceof SynchronizedStmt) return false;
      }
    }
    return true;
  }

  private static boolean written(ArrayAccessExpr a) {
    Node p = a.getParentNode().orElse(null);
    return p instanceof AssignExpr as && as.getTarget() == a
        || p instanceof UnaryExpr u && (u.isPrefix() || u.isPostfix());
  }

  private static boolean invariant(Expression e, Node loop, MethodDeclaration method) {
    Expression x = e;
    if (x instanceof EnclosedExpr en) return invariant(en.getInner(), loop, method);
    if (x instanceof IntegerLiteralExpr || x instanceof LongLiteralExpr || x instanceof DoubleLiteralExpr
        || x instanceof BooleanLiteralExpr || x instanceof CharLiteralExpr) return true;
    if (x instanceof CastExpr c) return c.getType().isPrimitiveType() && invariant(c.getExpression(), loop, method);
    if (x instanceof UnaryExpr u) {
      return (u.getOperator() == UnaryExpr.Operator.MINUS || u.getOperator() == UnaryExpr.Operator.PLUS)
          && invariant(u.getExpression(), loop, method);
    }
    if (x instanceof BinaryExpr b) {
      BinaryExpr.Operator op = b.getOperator();
      if (op == BinaryExpr.Operator.DIVIDE || op == BinaryExpr.Operator.REMAINDER) {
        boolean floating = Ast.typeOf(b).map(t -> t.equals("double") || t.equals("float")).orElse(false);
        if (!floating) return false;
      }
      return invariant(b.getLeft(), loop, method) && invariant(b.getRight(), loop, method);
    }
    if (x instanceof MethodCallExpr c) {
      boolean math = c.getScope().map(s -> s.toString().equals("Math") || s.toString().equals("java.lang.Math")).orElse(false);
      return math && MATH.contains(c.getNameAsString()) && c.getArguments().stream().allMatch(a -> invariant(a, loop, method));
    }
    if (x instanceof NameExpr n) {
      String name = n.getNameAsString();
      boolean primitive = Ast.declaredType(n).map(t -> Set.of("int", "long", "double", "float", "short", "byte", "char").contains(t)).orElse(false);
      if (!primitive) return false;
      return Loops.isInvariant(name, loop) && !Variables.shadowsField(n, name);
    }
    return false;
  }
}
