package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Proves that an expression is a deterministic function of the variables it reads, with no side
 * effects (it may throw): built from literals, operators, variables, final fields of immutable
 * values or of immutable JDK collections ({@code List.of}, {@code Map.of}, ...), non-void methods of
 * the JDK's immutable value classes ({@code String}, {@code Math}, the boxed types) called on such
 * values, component accessors of {@link ValueRecords value records}, elements and lengths of the class's constant lookup tables ({@link ConstantArrays}), and
 * helpers of the same class whose bodies, inspected with the symbol solver, obey the same rules
 * (writing only their own locals). Everything the solver cannot resolve is impure.
 */
final class PureCalls {
  private static final Set<String> VALUE_CLASSES = Set.of("java.lang.String", "java.lang.Math", "java.lang.StrictMath",
      "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte",
      "java.lang.Character", "java.lang.Boolean", "java.math.BigDecimal", "java.math.BigInteger", "java.util.Locale");
  /** These read system properties, which the program may change between calls. */
  private static final Set<String> READS_GLOBAL_STATE = Set.of("java.lang.Integer.getInteger", "java.lang.Long.getLong",
      "java.lang.Boolean.getBoolean");
  private static final Set<String> IMMUTABLE_COLLECTIONS = Set.of("java.util.List", "java.util.Set", "java.util.Map");
  private static final int MAX_HELPER_DEPTH = 4;
  private static final Set<UnaryExpr.Operator> PURE_UNARY = Set.of(UnaryExpr.Operator.MINUS, UnaryExpr.Operator.PLUS,
      UnaryExpr.Operator.LOGICAL_COMPLEMENT, UnaryExpr.Operator.BITWISE_COMPLEMENT);

  private final TypeDeclaration<?> type;
  private final List<MethodDeclaration> provenOrVisiting = new ArrayList<>();

  PureCalls(TypeDeclaration<?> type) {
    this.type = type;
  }

  /**
   * Is {@code e} pure, reading only variables {@code stable} accepts (besides literals and the
   * final fields described above)?
   */
  boolean pure(Expression e, Predicate<ResolvedValueDeclaration> stable) {
    return pure(e, stable, 0);
  }

  /** Is {@code helper}, a method of this class, pure by the rules above (the memoization recipe's test)? */
  boolean pureMethod(MethodDeclaration helper) {
    return pureHelper(helper, 1);
  }

  /** Is {@code t} a value whose state cannot change: a primitive, String, boxed primitive or value record? */
  static boolean immutableValue(ResolvedType t) {
    if (t.isPrimitive()) return true;
    if (t.isReferenceType() && VALUE_CLASSES.contains(t.asReferenceType().getQualifiedName())) {
      return !t.asReferenceType().getQualifiedName().endsWith("Math");
    }
    return ValueRecords.isValueRecord(t, PureCalls::immutableValue);
  }

  private boolean pure(Expression e, Predicate<ResolvedValueDeclaration> stable, int depth) {
    if (e instanceof LiteralExpr) return true;
    if (e instanceof EnclosedExpr en) return pure(en.getInner(), stable, depth);
    if (e instanceof CastExpr c) return c.getType().isPrimitiveType() && pure(c.getExpression(), stable, depth);
    if (e instanceof UnaryExpr u) return PURE_UNARY.contains(u.getOperator()) && pure(u.getExpression(), stable, depth);
    if (e instanceof BinaryExpr b) return pure(b.getLeft(), stable, depth) && pure(b.getRight(), stable, depth);
    if (e instanceof ConditionalExpr c) {
      return pure(c.getCondition(), stable, depth) && pure(c.getThenExpr(), stable, depth) && pure(c.getElseExpr(), stable, depth);
    }
    if (e instanceof ArrayAccessExpr a) return ConstantArrays.isConstant(a.getName(), type) && pure(a.getIndex(), stable, depth);
    if (e instanceof FieldAccessExpr f && f.getNameAsString().equals("length") && ConstantArrays.isConstant(f.getScope(), type)) return true;
    if (e instanceof NameExpr || e instanceof FieldAccessExpr) return stableRead(e, stable);
    if (e instanceof MethodCallExpr call) return pureCall(call, stable, depth);
    return false;
  }

  private boolean stableRead(Expression e, Predicate<ResolvedValueDeclaration> stable) {
    try {
      ResolvedValueDeclaration d = e instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) e).resolve();
      if (e instanceof FieldAccessExpr f && !(f.getScope() instanceof ThisExpr) && !(d.isField() && d.asField().isStatic())) return false;
      if (d.isField() && d.asField().toAst().isEmpty()) return jdkConstant(d) && immutableValue(d.getType());
      if (d.isField()) return finalField(d).isPresent() && (immutableValue(d.getType()) || immutableCollection(d));
      return immutableValue(d.getType()) && stable.test(d);
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  /** A {@code static final} field of a JDK class ({@code Locale.ROOT}), checked on the running JDK's class. */
  private static boolean jdkConstant(ResolvedValueDeclaration d) {
    String owner = d.asField().declaringType().getQualifiedName();
    if (!owner.startsWith("java.")) return false;
    try {
      int mods = Class.forName(owner, false, ClassLoader.getPlatformClassLoader()).getField(d.getName()).getModifiers();
      return java.lang.reflect.Modifier.isStatic(mods) && java.lang.reflect.Modifier.isFinal(mods);
    } catch (ReflectiveOperationException | LinkageError ex) {
      return false;
    }
  }

  /** A static member's qualifier: a type name (or a variable, evaluated and ignored). */
  private static boolean staticQualifier(Optional<Expression> scope) {
    return scope.isEmpty() || scope.get() instanceof NameExpr || scope.get() instanceof FieldAccessExpr;
  }

  /** The declarator of a final source field that has an initializer or is a static constant. */
  static Optional<VariableDeclarator> finalField(ResolvedValueDeclaration d) {
    Optional<Node> ast = d.asField().toAst();
    if (ast.isEmpty() || !(ast.get() instanceof FieldDeclaration f) || !f.isFinal()) return Optional.empty();
    return f.getVariables().stream().filter(v -> v.getNameAsString().equals(d.getName())).findFirst();
  }

  /** A final field initialised with {@code List.of}, {@code Set.copyOf}, {@code Map.ofEntries}, ... */
  private static boolean immutableCollection(ResolvedValueDeclaration d) {
    Optional<Expression> init = finalField(d).flatMap(VariableDeclarator::getInitializer);
    if (init.isEmpty() || !(init.get() instanceof MethodCallExpr c)) return false;
    try {
      ResolvedMethodDeclaration m = c.resolve();
      return m.isStatic() && IMMUTABLE_COLLECTIONS.contains(m.declaringType().getQualifiedName())
          && (m.getName().equals("of") || m.getName().equals("copyOf") || m.getName().equals("ofEntries"));
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  private boolean pureCall(MethodCallExpr call, Predicate<ResolvedValueDeclaration> stable, int depth) {
    try {
      ResolvedType result = call.calculateResolvedType();
      if (!immutableValue(result) && !(result.isArray() && immutableValue(result.asArrayType().getComponentType()))) return false;
      for (Expression a : call.getArguments()) {
        if (!immutableValue(Ast.resolvedType(a)) || !pure(a, stable, depth)) return false;
      }
      ResolvedMethodDeclaration m = call.resolve();
      String owner = m.declaringType().getQualifiedName();
      Optional<Expression> scope = call.getScope();
      if (VALUE_CLASSES.contains(owner)) {
        if (READS_GLOBAL_STATE.contains(m.getQualifiedName())) return false;
        if (m.isStatic()) return m.getNumberOfParams() > 0 && staticQualifier(scope);
        return scope.isPresent() && pure(scope.get(), stable, depth);
      }
      if (scope.isPresent() && PureReads.isRecordAccessor(call) && immutableValue(Ast.resolvedType(scope.get()))) {
        return pure(scope.get(), stable, depth);
      }
      if (IMMUTABLE_COLLECTIONS.contains(owner) || owner.equals("java.util.Collection")) {
        return scope.isPresent() && !m.isStatic() && immutableCollectionRead(scope.get());
      }
      if (scope.isPresent() && !(scope.get() instanceof ThisExpr) && !(m.isStatic() && staticQualifier(scope))) return false;
      Optional<Node> ast = m.toAst();
      return ast.isPresent() && ast.get() instanceof MethodDeclaration helper && pureHelper(helper, depth + 1);
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  private static boolean immutableCollectionRead(Expression scope) {
    if (!(scope instanceof NameExpr) && !(scope instanceof FieldAccessExpr)) return false;
    try {
      ResolvedValueDeclaration d = scope instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) scope).resolve();
      return d.isField() && immutableCollection(d);
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  /** A helper of this class whose body writes only its own locals and reads/calls only pure things. */
  private boolean pureHelper(MethodDeclaration helper, int depth) {
    if (provenOrVisiting.contains(helper)) return true;
    if (depth > MAX_HELPER_DEPTH || helper.getParentNode().orElse(null) != type || helper.getBody().isEmpty()
        || helper.isSynchronized() || helper.getType().isVoidType()) return false;
    int mark = provenOrVisiting.size();
    provenOrVisiting.add(helper);
    boolean ok = pureBlock(helper.getBody().get(), helper, depth);
    // Helpers proven while assuming this one pure (mutual recursion) lose that proof with it.
    if (!ok) provenOrVisiting.subList(mark, provenOrVisiting.size()).clear();
    return ok;
  }

  private boolean pureBlock(BlockStmt block, MethodDeclaration helper, int depth) {
    Predicate<ResolvedValueDeclaration> own = d -> (d.isParameter() || d.isVariable()) && declaredIn(d, helper);
    for (Statement s : block.findAll(Statement.class)) {
      if (s instanceof BlockStmt || s instanceof IfStmt || s instanceof ReturnStmt || s instanceof ThrowStmt
          || s instanceof ForStmt || s instanceof WhileStmt || s instanceof DoStmt || s instanceof ForEachStmt
          || s instanceof BreakStmt || s instanceof ContinueStmt || s instanceof EmptyStmt || s instanceof ExpressionStmt
          || s instanceof SwitchStmt) continue;
      return false;
    }
    for (Expression e : block.findAll(Expression.class)) {
      if (e.getParentNode().orElse(null) instanceof Expression) continue;
      if (!topLevelPure(e, helper, own, depth)) return false;
    }
    return true;
  }

  /** A statement-level expression: a pure value, a local declaration with one, or a write to a helper local. */
  private boolean topLevelPure(Expression e, MethodDeclaration helper, Predicate<ResolvedValueDeclaration> own, int depth) {
    if (e instanceof ObjectCreationExpr oc && e.getParentNode().orElse(null) instanceof ThrowStmt) {
      return oc.getAnonymousClassBody().isEmpty() && jdkThrowable(oc) && oc.getArguments().stream().allMatch(a -> pure(a, own, depth));
    }
    if (e instanceof VariableDeclarationExpr d) {
      return d.getVariables().stream().allMatch(v -> v.getInitializer().map(i -> pure(i, own, depth)).orElse(true)
          && immutableLocal(v));
    }
    if (e instanceof AssignExpr a) return a.getTarget() instanceof NameExpr n && ownLocal(n, own) && pure(a.getValue(), own, depth);
    if (e instanceof UnaryExpr u && (u.isPrefix() || u.isPostfix())) return u.getExpression() instanceof NameExpr n && ownLocal(n, own);
    return pure(e, own, depth);
  }

  /** A JDK exception: constructing one only records its message and stack trace, which leave through the throw. */
  private static boolean jdkThrowable(ObjectCreationExpr oc) {
    try {
      ResolvedType t = oc.calculateResolvedType();
      return t.isReferenceType() && t.asReferenceType().getQualifiedName().startsWith("java.")
          && t.asReferenceType().getAllAncestors().stream().anyMatch(a -> a.getQualifiedName().equals("java.lang.Throwable"));
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  private static boolean immutableLocal(VariableDeclarator v) {
    try {
      return immutableValue(v.getType().resolve());
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  private static boolean ownLocal(NameExpr n, Predicate<ResolvedValueDeclaration> own) {
    try {
      return own.test(n.resolve());
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  private static boolean declaredIn(ResolvedValueDeclaration d, MethodDeclaration helper) {
    try {
      Optional<Node> ast = d.isParameter() ? d.asParameter().toAst() : d.toAst();
      return ast.isPresent() && Ast.isInside(ast.get(), helper);
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }
}
