package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import dev.flamefix.kb.ast.Variables;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The run-time-built shape of {@code regex-recompiled}: {@code Pattern.compile(expr[, flags])}
 * whose regex is built only from the object's immutable state (final fields holding strings,
 * numbers or {@code List.of}/{@code copyOf} collections of them, constants, and helpers of the class
 * over those) recompiles the same pattern on every call. The call becomes {@code
 * xPatterns.computeIfAbsent(expr, r -> Pattern.compile(r, flags))} on a new {@code
 * ConcurrentHashMap} field.
 *
 * <p>Why it preserves behaviour: {@code expr} is still evaluated on every call; {@code
 * Pattern.compile} is a pure function of (regex, flags) ({@code compile(r)} is {@code compile(r,
 * 0)}), so a kept pattern is interchangeable with a fresh one; a regex that fails to compile throws
 * the same exception at the same call and is never kept; {@code Pattern} is immutable and the map
 * publishes it safely across threads. Preconditions: {@code flags} is a constant ({@code Pattern.X}
 * flags and literals); every variable the regex reads, directly or in the helpers it calls, is such
 * a final field (or bound inside the expression, like a lambda parameter), nothing there writes a
 * field, and every other call is a JDK method outside clocks, randomness, system state and I/O, so
 * the regex is the same on every call and the map holds one entry per object; the pattern's
 * identity is never seen: the compile result is only the receiver of {@code matcher}/{@code
 * split}/... or a local used only that way; the class can hold the field (a class or enum; static
 * methods need static fields and get a static map).
 */
final class PatternMemo {
  private static final Set<String> USES = Set.of("matcher", "split", "splitAsStream", "asPredicate", "asMatchPredicate",
      "pattern", "flags", "toString");
  private static final Set<String> VALUE_TYPES = Set.of("String", "Integer", "Long", "Short", "Byte", "Character", "Boolean",
      "Double", "Float", "int", "long", "short", "byte", "char", "boolean", "double", "float");
  private static final List<String> NOT_DETERMINISTIC = List.of("java.lang.System", "java.lang.Runtime", "java.lang.Thread",
      "java.lang.ProcessHandle", "java.lang.Math.random", "java.lang.StrictMath.random", "java.lang.Object.hashCode",
      "java.util.Random", "java.util.UUID", "java.util.concurrent.", "java.security.", "java.time.", "java.io.", "java.nio.",
      "java.net.", "java.lang.reflect.", "java.util.Scanner", "java.util.Properties", "java.lang.ClassLoader");
  private static final int MAX_HELPER_DEPTH = 3;

  private PatternMemo() {}

  /** Rewrites {@code call} if it is such a compile in {@code method}; reports into {@code done}. */
  static boolean rewrite(MethodCallExpr call, MethodDeclaration method, RecipeContext ctx, List<String> done) {
    if (!call.getNameAsString().equals("compile") || call.getArguments().isEmpty() || call.getArguments().size() > 2) return false;
    if (!(call.getScope().orElse(null) instanceof NameExpr scope)
        || !(scope.getNameAsString().equals("Pattern") || scope.toString().equals("java.util.regex.Pattern"))) return false;
    Expression regex = call.getArgument(0);
    if (regex instanceof StringLiteralExpr || !Ast.isString(regex)) return false;
    Expression flags = call.getArguments().size() == 2 ? call.getArgument(1) : new IntegerLiteralExpr("0");
    boolean isStatic = method.isStatic();
    if (!constantFlags(flags) || !invariant(regex, regex, ctx.type(), isStatic, 0) || !identityUnseen(call, method)) return false;
    boolean canHoldField = ctx.type() instanceof EnumDeclaration
        || ctx.type() instanceof ClassOrInterfaceDeclaration c && !c.isInterface();
    if (!canHoldField) return false;

    String field = ctx.freshName(method.getNameAsString() + "Patterns");
    FieldDeclaration holder = new FieldDeclaration(new NodeList<>(Modifier.privateModifier()),
        new VariableDeclarator(StaticJavaParser.parseType("Map<String, Pattern>"), field,
            StaticJavaParser.parseExpression("new ConcurrentHashMap<>()")));
    if (isStatic) holder.addModifier(Modifier.Keyword.STATIC);
    holder.addModifier(Modifier.Keyword.FINAL);
    ctx.addField(holder);
    ctx.importType("java.util.Map");
    ctx.importType("java.util.concurrent.ConcurrentHashMap");
    String param = ctx.freshName("regex");
    String before = call.toString();
    call.replace(StaticJavaParser.parseExpression(
        field + ".computeIfAbsent(" + regex + ", " + param + " -> Pattern.compile(" + param + ", " + flags + "))"));
    done.add("'" + before + "' compiled on every call a regex built only from the object's immutable state; it is now"
        + " compiled once and kept in '" + field + "' (keyed by the regex, which every call still builds)");
    return true;
  }

  private static boolean constantFlags(Expression flags) {
    Expression f = Ast.unwrap(flags);
    if (f instanceof IntegerLiteralExpr) return true;
    if (f instanceof FieldAccessExpr fa) return fa.getScope().toString().matches("(java\\.util\\.regex\\.)?Pattern");
    return f instanceof com.github.javaparser.ast.expr.BinaryExpr b && b.getOperator() == com.github.javaparser.ast.expr.BinaryExpr.Operator.BINARY_OR
        && constantFlags(b.getLeft()) && constantFlags(b.getRight());
  }

  /**
   * Is {@code scan} (part of {@code root}: the regex expression or a helper's body) the same on every
   * evaluation for one object? See the class comment.
   */
  private static boolean invariant(Node scan, Node root, TypeDeclaration<?> type, boolean isStatic, int depth) {
    for (Expression w : scan.findAll(Expression.class, x -> x instanceof com.github.javaparser.ast.expr.AssignExpr
        || x instanceof com.github.javaparser.ast.expr.UnaryExpr u && (u.isPrefix() || u.isPostfix()))) {
      Expression target = w instanceof com.github.javaparser.ast.expr.AssignExpr a ? a.getTarget()
          : ((com.github.javaparser.ast.expr.UnaryExpr) w).getExpression();
      if (!(target instanceof NameExpr n) || !declaredInside(n, root)) return false;
    }
    for (NameExpr n : scan.findAll(NameExpr.class)) {
      if (!variableOk(n, root, isStatic)) return false;
    }
    for (FieldAccessExpr f : scan.findAll(FieldAccessExpr.class)) {
      if (f.getScope().isThisExpr() && !fieldOk(f, isStatic)) return false;
    }
    for (com.github.javaparser.ast.expr.ObjectCreationExpr oc : scan.findAll(com.github.javaparser.ast.expr.ObjectCreationExpr.class)) {
      try {
        if (oc.getAnonymousClassBody().isPresent() || !jdkDeterministic(oc.getType().resolve().describe())) return false;
      } catch (RuntimeException | StackOverflowError ex) {
        return false;
      }
    }
    for (MethodCallExpr c : scan.findAll(MethodCallExpr.class)) {
      com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration m;
      try {
        m = c.resolve();
      } catch (RuntimeException | StackOverflowError ex) {
        return false;
      }
      Optional<Node> ast = m.toAst();
      if (ast.isPresent() && ast.get() instanceof MethodDeclaration helper && helper.getParentNode().orElse(null) == type) {
        if (c.getScope().isPresent() && !c.getScope().get().isThisExpr() || depth >= MAX_HELPER_DEPTH || helper.getBody().isEmpty()
            || isStatic && !helper.isStatic() || !invariant(helper.getBody().get(), helper, type, isStatic, depth + 1)) return false;
      } else if (!jdkDeterministic(m.getQualifiedName())) {
        return false;
      }
    }
    return true;
  }

  private static boolean jdkDeterministic(String qualified) {
    return qualified.startsWith("java.") && NOT_DETERMINISTIC.stream().noneMatch(qualified::startsWith);
  }

  private static boolean variableOk(NameExpr n, Node root, boolean isStatic) {
    Node parent = n.getParentNode().orElse(null);
    boolean qualifier = parent instanceof MethodCallExpr c && c.getScope().map(s -> s == n).orElse(false)
        || parent instanceof FieldAccessExpr f && f.getScope() == n
        || parent instanceof com.github.javaparser.ast.expr.MethodReferenceExpr r && r.getScope() == n;
    try {
      ResolvedValueDeclaration d = n.resolve();
      if (d.isField()) return fieldOk(n, isStatic);
      return declaredInside(n, root);
    } catch (RuntimeException | StackOverflowError ex) {
      // A type name such as Pattern in Pattern.quote(..) or Collectors.joining(..) is no variable.
      return qualifier && Character.isUpperCase(n.getNameAsString().charAt(0)) && !Variables.shadowsField(n, n.getNameAsString());
    }
  }

  private static boolean declaredInside(NameExpr n, Node root) {
    try {
      ResolvedValueDeclaration d = n.resolve();
      if (d.isField()) return false;
      Optional<Node> declared = d.isParameter() ? d.asParameter().toAst() : d.toAst();
      return declared.isPresent() && Ast.isInside(declared.get(), root);
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  /**
   * A final field of this file holding a string or number, or a collection of them every assignment
   * of which is {@code List/Set/Map.of} or {@code copyOf} (unmodifiable, elements immutable).
   */
  private static boolean fieldOk(Expression access, boolean isStatic) {
    ResolvedValueDeclaration d;
    try {
      d = access instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) access).resolve();
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
    Optional<Node> ast = d.asField().toAst();
    if (ast.isEmpty() || !(ast.get() instanceof FieldDeclaration f) || !f.isFinal() || isStatic && !f.isStatic()) return false;
    VariableDeclarator v = f.getVariables().stream().filter(x -> x.getNameAsString().equals(d.getName())).findFirst().orElseThrow();
    String type = v.getType().asString().replace("java.lang.", "");
    if (VALUE_TYPES.contains(type)) return true;
    String raw = Ast.erasure(type).replace("java.util.", "");
    if (!Set.of("List", "Set", "Map", "Collection").contains(raw)
        || !Ast.typeArguments(type).stream().allMatch(a -> VALUE_TYPES.contains(a.replace("java.lang.", "")))) return false;
    List<Expression> assigned = new java.util.ArrayList<>();
    v.getInitializer().ifPresent(assigned::add);
    Node root = f.findRootNode();
    for (com.github.javaparser.ast.expr.AssignExpr a : root.findAll(com.github.javaparser.ast.expr.AssignExpr.class)) {
      Expression t = a.getTarget();
      boolean same = t instanceof NameExpr tn && tn.getNameAsString().equals(d.getName())
          || t instanceof FieldAccessExpr tf && tf.getNameAsString().equals(d.getName());
      if (same) assigned.add(a.getValue());
    }
    return !assigned.isEmpty() && assigned.stream().allMatch(PatternMemo::unmodifiableCopy);
  }

  private static boolean unmodifiableCopy(Expression e) {
    if (!(Ast.unwrap(e) instanceof MethodCallExpr c)) return false;
    try {
      var m = c.resolve();
      return m.isStatic() && Set.of("java.util.List", "java.util.Set", "java.util.Map").contains(m.declaringType().getQualifiedName())
          && Set.of("of", "copyOf", "ofEntries").contains(m.getName());
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  /** The compiled pattern is only a receiver of {@link #USES}, directly or through an unchanged local. */
  private static boolean identityUnseen(MethodCallExpr call, MethodDeclaration method) {
    if (usedAsReceiver(call)) return true;
    if (!(call.getParentNode().orElse(null) instanceof VariableDeclarator v) || !(v.getParentNode().orElse(null) instanceof VariableDeclarationExpr d)
        || !(d.getParentNode().orElse(null) instanceof ExpressionStmt)) return false;
    String name = v.getNameAsString();
    if (Variables.uniqueLocal(method, name).isEmpty()) return false;
    List<NameExpr> uses = Variables.uses(method, name);
    return !uses.isEmpty() && uses.stream().allMatch(u -> !Variables.isWrite(u) && usedAsReceiver(u));
  }

  private static boolean usedAsReceiver(Expression e) {
    return Ast.callOn(e).map(c -> USES.contains(c.getNameAsString())).orElse(false);
  }
}
