package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.flamefix.kb.ast.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code min-max-by-sorting}: a sorted copy used only for its first (or last) element sorts
 * {@code n log n} to find one element. Two shapes:
 *
 * <ul>
 *   <li>{@code List<T> c = new ArrayList<>(src); c.sort(cmp);} (or {@code Collections.sort(c[,
 *       cmp])}, or {@code c = src.stream().sorted([cmp]).collect(Collectors.toList())}) where
 *       {@code c} is afterwards only used as {@code c.get(0)} (or only as {@code c.get(c.size() -
 *       1)}), {@code c.isEmpty()} and {@code c.size()} compared with {@code 0}. {@code c} becomes a
 *       list of at most one element filled by one pass over {@code src} that keeps the first
 *       element with {@code cmp.compare(x, best) < 0} (the last with {@code >= 0}). Emptiness and
 *       the exception of {@code get} on an empty list ({@code IndexOutOfBoundsException} with the
 *       same index and length) stay as they were. When both {@code get(0)} and {@code
 *       get(c.size() - 1)} are read, or {@code c.size()} is used as a number, {@code c} becomes
 *       {@code [first, last]} (or empty), both kept by the same pass, and each such {@code size()}
 *       reads a count the pass keeps; any other read of {@code c} refuses.
 *   <li>{@code stream.sorted([cmp]).findFirst()} on a sequential stream becomes {@code
 *       stream.min(cmp)} ({@code BinaryOperator.minBy} keeps the first of equals); {@code
 *       IntStream}/{@code LongStream} {@code sorted().findFirst()} becomes {@code min()}.
 * </ul>
 *
 * <p>Why the pass equals the sort: {@code List.sort} and {@code Stream.sorted} are stable, so among
 * equal elements the first (the last) in encounter order ends first (last), which is the one the
 * strict {@code <} (the {@code >=}) keeps. Neither calls the comparator for one element, and for two
 * or more both call it on every element at least once. So the comparator must be pure and total,
 * and must throw on an element exactly when every comparison with it throws: a {@code
 * Comparator.comparing/comparingInt/Long/Double} of record accessors, getters or {@code String}/boxed
 * methods, or the same written as a lambda {@code (a, b) -> Integer.compare(K(a), K(b))} / {@code
 * K(a).compareTo(K(b))} of a JDK value class (either way round; not a subtraction, which overflows
 * into an inconsistent order), (with {@code .reversed()} and {@code .thenComparingInt/Long/Double}: a reference-typed
 * secondary key is compared only on ties, so a null one could throw in the sort and not in the pass),
 * {@code Integer::compare}-style JDK method references, a {@code static final} field holding one, or
 * natural order ({@code null}, {@code naturalOrder()}, {@code reverseOrder()}, {@code sorted()}) when
 * the element type is a JDK {@code Comparable} value type or an enum. {@code src} must be a JDK
 * collection (its iterator and its {@code toArray} agree on the order). A null {@code src} throws
 * {@code NullPointerException} in both (the message differs).
 */
public final class MinMaxBySortingRecipe implements Recipe {
  private static final Set<String> COMPARABLE_VALUES = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
      "java.lang.Short", "java.lang.Byte", "java.lang.Character", "java.lang.Boolean", "java.lang.Double", "java.lang.Float",
      "java.math.BigDecimal", "java.math.BigInteger", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
      "java.time.Instant", "java.time.Duration");
  private static final Set<String> KEY_EXTRACTORS = Set.of("comparing", "comparingInt", "comparingLong", "comparingDouble");
  private static final Set<String> PRIMITIVE_THEN = Set.of("thenComparingInt", "thenComparingLong", "thenComparingDouble");
  private static final Set<String> VALUE_CLASSES = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
      "java.lang.Short", "java.lang.Byte", "java.lang.Character", "java.lang.Boolean", "java.lang.Double", "java.lang.Float");

  /** How a comparator orders: unknown (refuse), a pure comparator, or natural order (needs a Comparable element type). */
  private enum Order { IMPURE, PURE, NATURAL }

  @Override
  public String id() {
    return "min-max-by-sorting";
  }

  @Override
  public String description() {
    return "sorted copy used only for its first/last element -> one pass keeping the first minimum (pure comparators)";
  }

  @Override
  public Optional<String> apply(MethodDeclaration target, RecipeContext ctx) {
    List<String> done = new ArrayList<>();
    for (MethodDeclaration method : Callees.targetAndHelpers(target, ctx.type())) {
      String where = method == target ? "" : " in " + method.getNameAsString() + "(), which " + target.getNameAsString() + " calls";
      for (VariableDeclarator v : method.findAll(VariableDeclarator.class)) {
        sortedCopy(v, method, ctx).ifPresent(c -> done.add("the sorted copy '" + c + "'" + where));
      }
      for (MethodCallExpr findFirst : method.findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("findFirst"))) {
        sortedFindFirst(findFirst, method).ifPresent(s -> done.add("'" + s + "'" + where));
      }
    }
    if (done.isEmpty()) return Optional.empty();
    return Optional.of("Sorting only to take the first (or last) element: " + String.join(", ", done) + " now found in one pass"
        + " that keeps the first of equal elements (the last, for the last element), as the stable sort did. The comparator is"
        + " pure and compares every element in both, so nulls and empty inputs behave as before.");
  }

  private static Optional<String> sortedCopy(VariableDeclarator v, MethodDeclaration method, RecipeContext ctx) {
    if (v.getInitializer().isEmpty() || !(v.getParentNode().orElse(null) instanceof VariableDeclarationExpr vde)
        || !(vde.getParentNode().orElse(null) instanceof ExpressionStmt declStmt)
        || !(declStmt.getParentNode().orElse(null) instanceof BlockStmt block) || vde.getVariables().size() != 1) return Optional.empty();
    String c = v.getNameAsString();
    if (Variables.uniqueLocal(method, c).isEmpty() || Variables.isWrittenIn(method, c)) return Optional.empty();
    Expression init = v.getInitializer().get();
    Expression src;
    Expression cmp;
    Statement sort = null;
    int at = block.getStatements().indexOf(declStmt);
    if (init instanceof ObjectCreationExpr oc && oc.getType().getNameAsString().equals("ArrayList") && oc.getArguments().size() == 1
        && oc.getAnonymousClassBody().isEmpty()) {
      src = oc.getArgument(0);
      if (at + 1 >= block.getStatements().size()) return Optional.empty();
      sort = block.getStatement(at + 1);
      cmp = sortComparator(sort, c);
      if (cmp == null) return Optional.empty();
    } else if (init instanceof MethodCallExpr collect && collect.getNameAsString().equals("collect")
        && SortedStreamCopy.source(init, method, (x, n) -> true) != null) {
      MethodCallExpr sorted = (MethodCallExpr) collect.getScope().get();
      src = ((MethodCallExpr) sorted.getScope().get()).getScope().get();
      cmp = sorted.getArguments().isEmpty() ? new NullLiteralExpr() : sorted.getArgument(0);
    } else {
      return Optional.empty();
    }
    if (!Ast.typeOf(src).map(t -> t.startsWith("java.util.")).orElse(false)) return Optional.empty();
    String element = elementType(v, src);
    if (element == null) return Optional.empty();
    Order order = order(cmp, method, 0);
    if (order == Order.IMPURE || (order == Order.NATURAL && !comparableValue(v, src))) return Optional.empty();
    Uses uses = firstOrLastOnly(method, c, declStmt, sort);
    if (uses == null) return Optional.empty();

    String x = ctx.freshName("candidate");
    String comparator = cmp instanceof NameExpr || cmp instanceof FieldAccessExpr ? cmp.toString() : ctx.freshName("order");
    ctx.importType("java.util.ArrayList");
    ctx.importType("java.util.Comparator");
    boolean single = !(uses.first() && uses.last()) && uses.sizeValues().isEmpty();
    v.setInitializer(StaticJavaParser.parseExpression("new ArrayList<" + element + ">(" + (single ? 1 : 2) + ")"));
    List<Statement> pass = new ArrayList<>();
    if (!comparator.equals(cmp.toString())) {
      String value = order == Order.NATURAL && cmp instanceof NullLiteralExpr ? "Comparator.naturalOrder()" : cmp.toString();
      pass.add(StaticJavaParser.parseStatement("Comparator<" + element + "> " + comparator + " = " + value + ";"));
    }
    if (single) {
      pass.add(StaticJavaParser.parseStatement("for (" + element + " " + x + " : " + src + ") {\n"
          + "  if (" + c + ".isEmpty()) " + c + ".add(" + x + ");\n"
          + "  else if (" + comparator + ".compare(" + x + ", " + c + ".get(0)) " + (uses.last() ? ">= 0" : "< 0") + ") " + c + ".set(0, " + x + ");\n"
          + "}"));
    } else {
      // c becomes [first, last] (or stays empty); get(0) and get(c.size() - 1) read them, and on an
      // empty copy throw as before. size() as a value reads the count instead.
      String count = uses.sizeValues().isEmpty() ? null : ctx.freshName(c + "Size");
      if (count != null) pass.add(StaticJavaParser.parseStatement("int " + count + " = 0;"));
      pass.add(StaticJavaParser.parseStatement("for (" + element + " " + x + " : " + src + ") {\n"
          + (count != null ? "  " + count + "++;\n" : "")
          + "  if (" + c + ".isEmpty()) {\n    " + c + ".add(" + x + ");\n    " + c + ".add(" + x + ");\n  } else {\n"
          + "    if (" + comparator + ".compare(" + x + ", " + c + ".get(0)) < 0) " + c + ".set(0, " + x + ");\n"
          + "    if (" + comparator + ".compare(" + x + ", " + c + ".get(1)) >= 0) " + c + ".set(1, " + x + ");\n"
          + "  }\n}"));
      for (MethodCallExpr size : uses.sizeValues()) size.replace(new NameExpr(count));
    }
    if (sort != null) sort.remove();
    for (int i = 0; i < pass.size(); i++) block.addStatement(at + 1 + i, pass.get(i));
    return Optional.of(c);
  }

  /** The comparator of {@code c.sort(cmp)} / {@code Collections.sort(c[, cmp])} (null literal for natural order); else null. */
  private static Expression sortComparator(Statement s, String c) {
    if (!(s instanceof ExpressionStmt es) || !(es.getExpression() instanceof MethodCallExpr call) || !call.getNameAsString().equals("sort")
        || call.getScope().isEmpty()) return null;
    Expression scope = call.getScope().get();
    if (scope instanceof NameExpr n && n.getNameAsString().equals(c) && call.getArguments().size() == 1) return call.getArgument(0);
    if (scope.toString().equals("Collections") && !call.getArguments().isEmpty() && call.getArgument(0) instanceof NameExpr n
        && n.getNameAsString().equals(c)) {
      return call.getArguments().size() == 1 ? new NullLiteralExpr() : call.getArguments().size() == 2 ? call.getArgument(1) : null;
    }
    return null;
  }

  /** The element type of the copy as source text (non-wildcard), or null. */
  private static String elementType(VariableDeclarator v, Expression src) {
    String t = v.getType().isVarType() ? Ast.typeOf(v.getInitializer().get()).map(Ast::simpleType).orElse(null) : v.getType().asString();
    if ((t == null || Ast.typeArguments(t).isEmpty()) && v.getInitializer().get() instanceof ObjectCreationExpr oc && oc.getType().getTypeArguments().map(a -> a.isEmpty()).orElse(false)) {
      // var c = new ArrayList<>(src): the solver may not infer the diamond; the element type is src's.
      List<String> srcArgs = Ast.typeOf(src).map(Ast::typeArguments).orElse(List.of());
      t = srcArgs.size() == 1 ? "ArrayList<" + Ast.simpleType(srcArgs.get(0)) + ">" : null;
    }
    if (t == null) return null;
    List<String> args = Ast.typeArguments(t);
    if (args.size() != 1 || args.get(0).contains("?")) return null;
    String erased = Ast.erasure(t);
    if (!Set.of("List", "ArrayList", "java.util.List", "java.util.ArrayList").contains(erased)) return null;
    return args.get(0);
  }

  /** The copy's (or else {@code src}'s) element type is a JDK Comparable value type or an enum. */
  private static boolean comparableValue(VariableDeclarator v, Expression src) {
    try {
      if (comparableElement(v.getType().isVarType() ? v.getInitializer().get().calculateResolvedType() : v.getType().resolve())) return true;
    } catch (RuntimeException | StackOverflowError e) {
      // the diamond may stay unresolved: src's element type decides
    }
    try {
      return comparableElement(src.calculateResolvedType());
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  /** The single type argument of {@code t} is a JDK Comparable value type or an enum (whose compareTo is final). */
  private static boolean comparableElement(ResolvedType t) {
    if (!t.isReferenceType() || t.asReferenceType().typeParametersValues().size() != 1) return false;
    ResolvedType arg = t.asReferenceType().typeParametersValues().get(0);
    if (!arg.isReferenceType()) return false;
    if (COMPARABLE_VALUES.contains(arg.asReferenceType().getQualifiedName())) return true;
    return arg.asReferenceType().getTypeDeclaration().map(d -> d.isEnum()).orElse(false);
  }

  /**
   * How the copy is read after the sort: {@code get(0)}, {@code get(c.size() - 1)}, and the
   * {@code size()} calls whose value (not only its sign) is used.
   */
  private record Uses(boolean first, boolean last, List<MethodCallExpr> sizeValues) {}

  /**
   * After the sort, {@code c} is read only as {@code c.get(0)}, {@code c.get(c.size() - 1)}, {@code
   * isEmpty()} and {@code size()}, never in deferred code; null when anything else touches it.
   */
  private static Uses firstOrLastOnly(MethodDeclaration method, String c, Statement decl, Statement sort) {
    boolean first = false;
    boolean last = false;
    List<MethodCallExpr> sizeValues = new ArrayList<>();
    for (NameExpr u : Variables.uses(method, c)) {
      if (Ast.isInside(u, decl) || (sort != null && Ast.isInside(u, sort))) continue;
      if (Ast.inDeferredCode(u, method)) return null;
      if (u.getBegin().isEmpty() || decl.getEnd().isEmpty() || !u.getBegin().get().isAfter(decl.getEnd().get())) return null;
      MethodCallExpr call = Ast.callOn(u).orElse(null);
      if (call == null) return null;
      String name = call.getNameAsString();
      if (name.equals("isEmpty") && call.getArguments().isEmpty()) continue;
      if (name.equals("get") && call.getArguments().size() == 1) {
        Expression index = call.getArgument(0);
        if (index instanceof IntegerLiteralExpr i && i.getValue().equals("0")) {
          first = true;
          continue;
        }
        if (isSizeMinusOne(index, c)) {
          last = true;
          continue;
        }
        return null;
      }
      if (name.equals("size") && call.getArguments().isEmpty()) {
        Node parent = call.getParentNode().orElse(null);
        if (parent instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.MINUS && isSizeMinusOne(b, c)
            && b.getParentNode().orElse(null) instanceof MethodCallExpr g && g.getNameAsString().equals("get")
            && g.getScope().map(s -> s instanceof NameExpr n && n.getNameAsString().equals(c)).orElse(false)) continue;
        if (parent instanceof BinaryExpr b && comparedWithZero(b, call)) continue;
        // Any other use reads the number of elements, which the rewrite counts.
        sizeValues.add(call);
        continue;
      }
      return null;
    }
    if (!first && !last) return null;
    return new Uses(first, last, sizeValues);
  }

  private static boolean isSizeMinusOne(Expression e, String c) {
    return e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.MINUS && b.getRight() instanceof IntegerLiteralExpr one
        && one.getValue().equals("1") && b.getLeft() instanceof MethodCallExpr s && s.getNameAsString().equals("size")
        && s.getArguments().isEmpty() && s.getScope().map(x -> x instanceof NameExpr n && n.getNameAsString().equals(c)).orElse(false);
  }

  /** {@code size() OP 0} or {@code 0 OP size()} with a comparison: only the sign matters, which one element keeps. */
  private static boolean comparedWithZero(BinaryExpr b, Expression size) {
    Expression other = b.getLeft() == size ? b.getRight() : b.getLeft();
    return Set.of(BinaryExpr.Operator.EQUALS, BinaryExpr.Operator.NOT_EQUALS, BinaryExpr.Operator.LESS, BinaryExpr.Operator.GREATER,
        BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER_EQUALS).contains(b.getOperator())
        && other instanceof IntegerLiteralExpr z && z.getValue().equals("0");
  }

  /** {@code s.sorted([cmp]).findFirst()} on a sequential stream → {@code s.min(cmp)}; the rewritten text, or empty. */
  private static Optional<String> sortedFindFirst(MethodCallExpr findFirst, MethodDeclaration method) {
    if (!findFirst.getArguments().isEmpty() || !(findFirst.getScope().orElse(null) instanceof MethodCallExpr sorted)
        || !sorted.getNameAsString().equals("sorted") || sorted.getArguments().size() > 1 || sorted.getScope().isEmpty()) return Optional.empty();
    String streamType = declaringType(sorted);
    if (streamType == null || !sequential(sorted.getScope().get())) return Optional.empty();
    String before = findFirst.toString();
    if (streamType.equals("java.util.stream.IntStream") || streamType.equals("java.util.stream.LongStream")) {
      if (!sorted.getArguments().isEmpty()) return Optional.empty();
      findFirst.replace(new MethodCallExpr(sorted.getScope().get().clone(), "min"));
      return Optional.of(before);
    }
    if (!streamType.equals("java.util.stream.Stream")) return Optional.empty();
    Expression cmp = sorted.getArguments().isEmpty() ? new NullLiteralExpr() : sorted.getArgument(0);
    Order order = order(cmp, method, 0);
    if (order == Order.IMPURE) return Optional.empty();
    if (order == Order.NATURAL && !comparableStreamElement(sorted)) return Optional.empty();
    Expression minArg = cmp instanceof NullLiteralExpr ? StaticJavaParser.parseExpression("java.util.Comparator.naturalOrder()") : cmp.clone();
    MethodCallExpr min = new MethodCallExpr(sorted.getScope().get().clone(), "min");
    min.addArgument(minArg);
    findFirst.replace(min);
    return Optional.of(before);
  }

  private static boolean comparableStreamElement(MethodCallExpr sorted) {
    try {
      return comparableElement(sorted.calculateResolvedType());
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  /** The chain below {@code sorted} starts at {@code Collection.stream()}, {@code Arrays.stream} or {@code Stream.of} and never turns parallel. */
  static boolean sequential(Expression e) {
    Expression x = e;
    while (x instanceof MethodCallExpr call) {
      String name = call.getNameAsString();
      if (Set.of("parallel", "parallelStream", "unordered").contains(name)) return false;
      String owner = declaringType(call);
      if (owner == null) return false;
      if (name.equals("stream") && call.getArguments().isEmpty() && owner.equals("java.util.Collection")) return true;
      if ((name.equals("stream") && owner.equals("java.util.Arrays")) || (name.equals("of") && owner.startsWith("java.util.stream."))) return true;
      if (!owner.startsWith("java.util.stream.") || call.getScope().isEmpty()) return false;
      x = call.getScope().get();
    }
    return false;
  }

  private static String declaringType(MethodCallExpr call) {
    try {
      return call.resolve().declaringType().getQualifiedName();
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  /** Classifies {@code cmp}; see the class comment for what counts as pure. */
  private static Order order(Expression cmp, MethodDeclaration method, int depth) {
    if (depth > 4) return Order.IMPURE;
    Expression e = Ast.unwrap(cmp);
    if (e instanceof NullLiteralExpr) return Order.NATURAL;
    if (e instanceof NameExpr || e instanceof FieldAccessExpr) return constant(e, method, depth);
    if (e instanceof MethodReferenceExpr ref) return jdkCompare(ref) ? Order.PURE : Order.IMPURE;
    if (e instanceof LambdaExpr lambda) return keyCompareLambda(lambda) ? Order.PURE : Order.IMPURE;
    if (!(e instanceof MethodCallExpr call)) return Order.IMPURE;
    String owner = declaringType(call);
    if (owner == null) return Order.IMPURE;
    String name = call.getNameAsString();
    boolean onComparator = owner.equals("java.util.Comparator");
    boolean staticScope = call.getScope().map(s -> s.toString().equals("Comparator") || s.toString().equals("java.util.Comparator")).orElse(false);
    if ((onComparator && staticScope && (name.equals("naturalOrder") || name.equals("reverseOrder")) && call.getArguments().isEmpty())
        || (owner.equals("java.util.Collections") && name.equals("reverseOrder") && call.getArguments().isEmpty())) return Order.NATURAL;
    if (!onComparator) return Order.IMPURE;
    if (staticScope && KEY_EXTRACTORS.contains(name) && call.getArguments().size() == 1) {
      return pureKey(call.getArgument(0)) ? Order.PURE : Order.IMPURE;
    }
    if (call.getScope().isEmpty() || staticScope) return Order.IMPURE;
    Order inner = order(call.getScope().get(), method, depth + 1);
    if (inner == Order.IMPURE) return inner;
    if (name.equals("reversed") && call.getArguments().isEmpty()) return inner;
    if (PRIMITIVE_THEN.contains(name) && call.getArguments().size() == 1 && inner == Order.PURE) {
      return pureKey(call.getArgument(0)) ? Order.PURE : Order.IMPURE;
    }
    return Order.IMPURE;
  }

  /** A {@code static final} field of the project holding a pure comparator. */
  private static Order constant(Expression ref, MethodDeclaration method, int depth) {
    try {
      ResolvedValueDeclaration d = ref instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) ref).resolve();
      if (!d.isField()) return Order.IMPURE;
      var field = d.asField().toAst(com.github.javaparser.ast.body.FieldDeclaration.class);
      if (field.isEmpty() || !field.get().isStatic() || !field.get().isFinal()) return Order.IMPURE;
      for (VariableDeclarator v : field.get().getVariables()) {
        if (v.getNameAsString().equals(d.getName()) && v.getInitializer().isPresent()) {
          return order(v.getInitializer().get(), method, depth + 1);
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      return Order.IMPURE;
    }
    return Order.IMPURE;
  }

  /** {@code Integer::compare}, {@code String::compareTo} and kin: static or instance compares of JDK value classes. */
  private static boolean jdkCompare(MethodReferenceExpr ref) {
    try {
      ResolvedMethodDeclaration d = ref.resolve();
      return VALUE_CLASSES.contains(d.declaringType().getQualifiedName()) && d.getName().startsWith("compare");
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  /**
   * {@code (a, b) -> Integer.compare(K(a), K(b))} (any JDK value class's static {@code compare}) or
   * {@code (a, b) -> K(a).compareTo(K(b))} of a JDK value class, either way round, where {@code K}
   * is the same chain of accessors (possibly none) on both parameters: {@code comparing(K)} (or its
   * reverse) written out. Both keys are evaluated on every call and a null key throws either way;
   * a subtraction ({@code a.x() - b.x()}) refuses, as it overflows into an inconsistent order.
   */
  private static boolean keyCompareLambda(LambdaExpr lambda) {
    if (lambda.getParameters().size() != 2) return false;
    Expression body = lambda.getExpressionBody().orElse(null);
    if (body == null && lambda.getBody() instanceof BlockStmt b && b.getStatements().size() == 1
        && b.getStatement(0) instanceof com.github.javaparser.ast.stmt.ReturnStmt r) body = r.getExpression().orElse(null);
    if (!(Ast.unwrap(body == null ? new NullLiteralExpr() : body) instanceof MethodCallExpr call)) return false;
    String a = lambda.getParameter(0).getNameAsString();
    String b = lambda.getParameter(1).getNameAsString();
    Expression left;
    Expression right;
    String owner = declaringType(call);
    if (owner == null || !VALUE_CLASSES.contains(owner)) return false;
    if (call.getNameAsString().equals("compare") && call.getArguments().size() == 2) {
      left = call.getArgument(0);
      right = call.getArgument(1);
    } else if (call.getNameAsString().equals("compareTo") && call.getArguments().size() == 1 && call.getScope().isPresent()) {
      left = call.getScope().get();
      right = call.getArgument(0);
    } else {
      return false;
    }
    List<String> l = keyChainOn(left, a, b);
    List<String> r = keyChainOn(right, a, b);
    // One side reads a, the other b (either order: the reverse is as pure), through the same accessors.
    return l != null && r != null && !l.get(0).equals(r.get(0)) && l.subList(1, l.size()).equals(r.subList(1, r.size()));
  }

  /**
   * {@code K(p)} for one of the two parameters: {@code p} followed by the names of the accessors
   * read from it, outermost last; null when {@code e} is anything else.
   */
  private static List<String> keyChainOn(Expression e, String a, String b) {
    List<String> names = new ArrayList<>();
    Expression x = Ast.unwrap(e);
    while (x instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent() && PureReads.isAccessor(call)) {
      names.add(0, call.getNameAsString());
      x = Ast.unwrap(call.getScope().get());
    }
    if (!(x instanceof NameExpr n) || !(n.getNameAsString().equals(a) || n.getNameAsString().equals(b))) return null;
    names.add(0, n.getNameAsString());
    return names;
  }

  /** A key extractor that only reads: an accessor/getter reference, a no-argument value-class method, or {@code x -> x.a().b()} of accessors. */
  private static boolean pureKey(Expression key) {
    if (key instanceof MethodReferenceExpr ref) {
      try {
        ResolvedMethodDeclaration d = ref.resolve();
        if (d.getNumberOfParams() != 0 || d.isStatic()) return false;
        return PureReads.isAccessor(d) || VALUE_CLASSES.contains(d.declaringType().getQualifiedName());
      } catch (RuntimeException | StackOverflowError e) {
        return false;
      }
    }
    if (key instanceof LambdaExpr lambda && lambda.getParameters().size() == 1 && lambda.getExpressionBody().isPresent()) {
      String p = lambda.getParameter(0).getNameAsString();
      Expression x = lambda.getExpressionBody().get();
      while (x instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent() && PureReads.isAccessor(call)) {
        x = call.getScope().get();
      }
      return x instanceof NameExpr n && n.getNameAsString().equals(p) && lambda.getExpressionBody().get() instanceof MethodCallExpr;
    }
    return false;
  }
}
