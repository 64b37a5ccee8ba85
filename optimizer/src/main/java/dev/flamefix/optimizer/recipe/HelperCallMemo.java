package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The loop-call shape of {@code missing-memoization}: a loop calls an expensive pure helper of the
 * same class with one argument, and the same arguments recur ({@code rate(currencies[i])} for
 * every row); the method keeps a local {@code HashMap} created just before the outermost loop and
 * the call becomes {@code memo.computeIfAbsent(arg, k -> helper(k))}.
 *
 * <p>Why it is safe: the helper is pure by {@link PureCalls} (reads only its parameters, constants
 * and constant tables, writes only its own locals, calls only pure code), so equal arguments give
 * equal results and skipping a repeated call is unobservable; the map lives only for this call of
 * the method, so nothing can go stale or be shared between threads. The key has value equality:
 * {@code String}, an integral or {@code boolean}/{@code char} primitive or its box, an enum, or a
 * record with the default equality whose components are such keys (not {@code float}/{@code
 * double}, whose boxed equality merges NaNs and splits zeros differently from {@code ==}). The result is a primitive (cast back, so overload resolution around the call is
 * unchanged) or an immutable value. An exception from the helper propagates from {@code
 * computeIfAbsent} unstored, so the first occurrence of a bad argument throws exactly where it did.
 * The argument is still evaluated once per iteration in the same place. Only helpers that cost
 * clearly more than a lookup are memoised (nested loops, or a loop that is not one pass over a
 * String argument, which would cost what hashing the key costs), and never calls inside a lambda
 * or class body.
 */
final class HelperCallMemo {
  private static final Map<String, String> BOXED = Map.of("int", "Integer", "long", "Long", "short", "Short",
      "byte", "Byte", "char", "Character", "boolean", "Boolean", "double", "Double", "float", "Float");
  private static final Set<String> KEY_BOXES = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
      "java.lang.Byte", "java.lang.Character", "java.lang.Boolean", "java.lang.String");

  private HelperCallMemo() {}

  static Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    if (method.getBody().isEmpty()) return Optional.empty();
    PureCalls purity = new PureCalls(ctx.type());
    for (MethodCallExpr call : method.getBody().get().findAll(MethodCallExpr.class)) {
      if (call.getScope().isPresent() || call.getArguments().size() != 1 || Ast.inDeferredCode(call, method)) continue;
      Optional<Statement> outer = outermostLoop(call, method);
      if (outer.isEmpty() || !(outer.get().getParentNode().orElse(null) instanceof BlockStmt block)) continue;
      Optional<MethodDeclaration> helper = helper(call, ctx);
      if (helper.isEmpty() || helper.get() == method || !costly(helper.get()) || !purity.pureMethod(helper.get())) continue;
      Optional<String> key = keyType(call.getArgument(0), helper.get());
      Optional<String> value = valueType(helper.get());
      if (key.isEmpty() || value.isEmpty()) continue;

      String name = helper.get().getNameAsString();
      String memo = ctx.freshName(name + "Memo");
      String k = ctx.freshName("key");
      String ret = helper.get().getType().asString();
      // A primitive parameter gets its primitive back, so an overload taking the box is never chosen instead.
      String param = helper.get().getParameter(0).getType().isPrimitiveType()
          ? "(" + helper.get().getParameter(0).getType() + ") " + k : k;
      String lookup = memo + ".computeIfAbsent(" + call.getArgument(0) + ", " + k + " -> " + name + "(" + param + "))";
      if (helper.get().getType().isPrimitiveType()) lookup = "((" + ret + ") " + lookup + ")";
      Statement declaration = StaticJavaParser.parseStatement(
          "Map<" + key.get() + ", " + value.get() + "> " + memo + " = new HashMap<>();");
      call.replace(StaticJavaParser.parseExpression(lookup));
      block.getStatements().addBefore(declaration, outer.get());
      ctx.importType("java.util.Map");
      ctx.importType("java.util.HashMap");
      return Optional.of("The loop calls '" + name + "', a pure function with a loop of its own, once per iteration,"
          + " recomputing the same results for repeated arguments; results are now kept in '" + memo + "', a map created"
          + " for this call only, and computed once per distinct argument. A pure function gives the same result for"
          + " the same argument, exceptions are not stored, and nothing is retained after the method returns.");
    }
    return Optional.empty();
  }

  private static Optional<Statement> outermostLoop(Node n, MethodDeclaration method) {
    Statement found = null;
    for (Optional<Node> p = n.getParentNode(); p.isPresent() && p.get() != method; p = p.get().getParentNode()) {
      Node x = p.get();
      if (x instanceof ForStmt || x instanceof ForEachStmt || x instanceof WhileStmt || x instanceof DoStmt) found = (Statement) x;
    }
    return Optional.ofNullable(found);
  }

  /** The same class's method the unqualified call resolves to, if it is static or the method is not. */
  private static Optional<MethodDeclaration> helper(MethodCallExpr call, RecipeContext ctx) {
    try {
      ResolvedMethodDeclaration m = call.resolve();
      Optional<MethodDeclaration> ast = m.toAst(MethodDeclaration.class);
      if (ast.isEmpty() || ast.get().getParentNode().orElse(null) != ctx.type() || ast.get().isAbstract()) return Optional.empty();
      // An overridable instance helper might be replaced by a subclass with an impure one.
      if (!ast.get().isStatic() && !ast.get().isPrivate() && !ast.get().isFinal()) return Optional.empty();
      return ast;
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /**
   * Does the helper cost clearly more than hashing its key: a loop inside a loop, or a loop whose
   * bound does not scan a String parameter? (A single pass over a String argument costs what
   * {@code hashCode} and {@code equals} on it cost, so a memo would only add a lookup.)
   */
  private static boolean costly(MethodDeclaration m) {
    Set<String> scanned = new java.util.HashSet<>();
    m.getParameters().stream().filter(p -> Ast.erasure(p.getType().asString()).replace("java.lang.", "").equals("String"))
        .forEach(p -> scanned.add(p.getNameAsString()));
    for (Statement loop : m.findAll(Statement.class, HelperCallMemo::isLoop)) {
      if (loop.findAncestor(Statement.class, HelperCallMemo::isLoop).filter(outer -> Ast.isInside(outer, m)).isPresent()) return true;
      Optional<Expression> bound = loop instanceof ForStmt f ? f.getCompare() : loop instanceof WhileStmt w ? Optional.of(w.getCondition())
          : loop instanceof DoStmt d ? Optional.of(d.getCondition()) : Optional.of(((ForEachStmt) loop).getIterable());
      boolean scansParameter = bound.map(b -> scanned.stream().anyMatch(n -> !dev.flamefix.kb.ast.Variables.uses(b, n).isEmpty()))
          .orElse(false);
      if (!scansParameter) return true;
    }
    return false;
  }

  private static boolean isLoop(Node s) {
    return s instanceof ForStmt || s instanceof ForEachStmt || s instanceof WhileStmt || s instanceof DoStmt;
  }

  /** The boxed key type when the argument and the parameter both have value equality. */
  private static Optional<String> keyType(Expression arg, MethodDeclaration helper) {
    try {
      ResolvedType a = arg.calculateResolvedType();
      ResolvedType p = helper.getParameter(0).getType().resolve();
      if (!a.describe().equals(p.describe()) || helper.getParameter(0).isVarArgs() || !valueKey(p, 0)) return Optional.empty();
      if (p.isPrimitive()) return Optional.of(BOXED.get(p.describe()));
      return Optional.of(KEY_BOXES.contains(p.describe()) ? Ast.simpleType(p.describe()) : helper.getParameter(0).getType().asString());
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /**
   * Equal keys mean equal arguments: an integral, char or boolean primitive or box, a String, an
   * enum, or a source record with the default {@code equals}/{@code hashCode} whose components are
   * such keys themselves.
   */
  private static boolean valueKey(ResolvedType t, int depth) {
    if (t.isPrimitive()) return !t.describe().equals("double") && !t.describe().equals("float");
    if (!t.isReferenceType() || depth > 3) return false;
    if (KEY_BOXES.contains(t.asReferenceType().getQualifiedName())) return true;
    var decl = t.asReferenceType().getTypeDeclaration();
    if (decl.isPresent() && decl.get().isEnum()) return true;
    return ValueRecords.isValueRecord(t, c -> valueKey(c, depth + 1));
  }

  private static Optional<String> valueType(MethodDeclaration helper) {
    if (helper.getType().isPrimitiveType()) return Optional.of(BOXED.get(helper.getType().asString()));
    try {
      ResolvedType r = helper.getType().resolve();
      return PureCalls.immutableValue(r) ? Optional.of(Ast.simpleType(r.describe())) : Optional.empty();
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }
}
