package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import dev.flamefix.kb.ast.Variables;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code stream-count-for-existence}: a stream asked for a whole answer where a yes/no (or a
 * count) was wanted.
 *
 * <ul>
 *   <li>{@code s.filter(p).findFirst().isPresent()} (or {@code findAny}; {@code isEmpty()}) becomes
 *       {@code s.anyMatch(p)} ({@code noneMatch}). Both stop at the first match and run the
 *       predicate on the same elements; the one difference, findFirst's NullPointerException when
 *       the selected element is null, cannot happen when the stream is primitive or the lambda
 *       {@code p} dereferences its parameter on every path (a null element throws there first).
 *   <li>{@code s.filter(p).count() > 0} ({@code != 0}, {@code >= 1}; {@code == 0}, {@code <= 0},
 *       {@code < 1}) becomes {@code s.anyMatch(p)} ({@code noneMatch}). This skips the elements
 *       after the first match, so it fires only when {@code s} is {@code c.stream()} or {@code
 *       Arrays.stream(a)} (no earlier stage with effects) and {@code p} is a lambda that has no
 *       effect and cannot throw for any element ({@link StreamPredicates#totalAndPure}; over a
 *       collection whose elements cannot be null, that includes reading primitive record
 *       components of the element, {@link Nullness#nullFreeElements}). The count
 *       may go through a {@code long}/{@code var} local read only in such comparisons, and chained
 *       filters are fused into one {@code anyMatch} (each lambda checked on its own).
 *   <li>{@code s.filter(p).collect(Collectors.toList()).size()} (or {@code .toList().size()})
 *       becomes {@code (int) s.filter(p).count()}: the filter keeps the stream unsized, so {@code
 *       count} runs every stage on every element just as collecting did; {@code c.stream()
 *       .collect(toList()).size()} becomes {@code c.size()}.
 * </ul>
 * Parallel streams ({@code parallelStream()} or {@code .parallel()}) are left alone.
 */
public final class StreamExistenceRecipe implements Recipe {
  private static final Set<String> PRIMITIVE_STREAMS = Set.of("java.util.stream.IntStream", "java.util.stream.LongStream",
      "java.util.stream.DoubleStream");

  @Override
  public String id() {
    return "stream-count-for-existence";
  }

  @Override
  public String description() {
    return "filter(p).findFirst().isPresent() / filter(p).count() > 0 -> anyMatch(p); collect(toList()).size() -> count()";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    List<String> done = new ArrayList<>();
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
      if (call.getParentNode().isEmpty() || !Ast.isInside(call, method)) continue;
      Optional<String> why = presentToMatch(call).or(() -> countToMatch(call)).or(() -> collectedSize(call));
      why.ifPresent(done::add);
    }
    if (done.isEmpty()) return Optional.empty();
    return Optional.of(String.join(" ", done));
  }

  /** {@code s.filter(p).findFirst().isPresent()} → {@code s.anyMatch(p)}. */
  private static Optional<String> presentToMatch(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (!(name.equals("isPresent") || name.equals("isEmpty")) || !call.getArguments().isEmpty()) return Optional.empty();
    if (!(call.getScope().orElse(null) instanceof MethodCallExpr find) || !find.getArguments().isEmpty()
        || !(find.getNameAsString().equals("findFirst") || find.getNameAsString().equals("findAny"))) return Optional.empty();
    Optional<MethodCallExpr> filter = filterCall(find.getScope().orElse(null));
    if (filter.isEmpty() || parallel(filter.get())) return Optional.empty();
    Optional<String> type = streamType(filter.get());
    if (type.isEmpty()) return Optional.empty();
    boolean primitive = PRIMITIVE_STREAMS.contains(type.get());
    Optional<StreamPredicates.Lambda> p = StreamPredicates.lambda(filter.get().getArgument(0));
    if (!primitive && p.map(l -> !StreamPredicates.alwaysDereferences(l.body(), l.param())).orElse(true)) return Optional.empty();
    String match = name.equals("isPresent") ? "anyMatch" : "noneMatch";
    call.replace(matchCall(filter.get(), match));
    return Optional.of("filter(..)." + find.getNameAsString() + "()." + name + "() became " + match
        + "(..): it stops at the same element, and " + (primitive ? "a primitive stream has no null element."
            : "the predicate dereferences its element, so a null element throws in both versions."));
  }

  /**
   * {@code s.filter(p).count() > 0} → {@code s.anyMatch(p)}; also through a local ({@code long n =
   * s.filter(p).count();} read only in such comparisons becomes {@code boolean n = s.anyMatch(p);},
   * each comparison {@code n} or {@code !n}: the stream still runs where it did), and with chained
   * filters fused ({@code filter(p).filter(q)} on a sequential stream tests {@code q} exactly when
   * {@code p} held, which is {@code p && q}).
   */
  private static Optional<String> countToMatch(MethodCallExpr count) {
    if (!count.getNameAsString().equals("count") || !count.getArguments().isEmpty()) return Optional.empty();
    Node parent = count.getParentNode().orElse(null);
    if (parent instanceof BinaryExpr cmp) {
      Optional<String> match = matchFor(cmp, count);
      if (match.isEmpty()) return Optional.empty();
      Optional<MethodCallExpr> any = anyMatchOf(count);
      if (any.isEmpty()) return Optional.empty();
      any.get().setName(match.get());
      cmp.replace(any.get());
      return Optional.of("filter(..).count() compared with 0 became " + match.get() + "(..): the predicate has no effect and"
          + " cannot throw, so stopping at the first match changes only the time taken.");
    }
    return countedLocal(count);
  }

  /** {@code long n = s.filter(p).count();} whose every read is a comparison with 0. */
  private static Optional<String> countedLocal(MethodCallExpr count) {
    if (!(count.getParentNode().orElse(null) instanceof VariableDeclarator v) || v.getInitializer().orElse(null) != count) return Optional.empty();
    String declared = v.getType().asString();
    if (!(declared.equals("long") || v.getType().isVarType())) return Optional.empty();
    if (!(v.getParentNode().orElse(null) instanceof VariableDeclarationExpr decl) || decl.getVariables().size() != 1) return Optional.empty();
    MethodDeclaration method = v.findAncestor(MethodDeclaration.class).orElse(null);
    if (method == null || Variables.uniqueLocal(method, v.getNameAsString()).orElse(null) != v) return Optional.empty();
    List<NameExpr> uses = Variables.uses(method, v.getNameAsString());
    if (uses.isEmpty()) return Optional.empty();
    List<BinaryExpr> comparisons = new ArrayList<>();
    List<String> matches = new ArrayList<>();
    for (NameExpr use : uses) {
      // A write, or any read other than a comparison with 0 (n + 1, n printed, n > 2), needs the count.
      if (Variables.isWrite(use) || !(use.getParentNode().orElse(null) instanceof BinaryExpr cmp)) return Optional.empty();
      Optional<String> match = matchFor(cmp, use);
      if (match.isEmpty()) return Optional.empty();
      comparisons.add(cmp);
      matches.add(match.get());
    }
    Optional<MethodCallExpr> any = anyMatchOf(count);
    if (any.isEmpty()) return Optional.empty();
    v.setType(PrimitiveType.booleanType());
    v.setInitializer(any.get());
    for (int i = 0; i < comparisons.size(); i++) {
      NameExpr flag = new NameExpr(v.getNameAsString());
      comparisons.get(i).replace(matches.get(i).equals("anyMatch") ? flag : not(flag));
    }
    return Optional.of("'" + v.getNameAsString() + "' held filter(..).count() and was only compared with 0; it now holds"
        + " anyMatch(..), computed at the same statement: the predicate has no effect and cannot throw, so stopping at the"
        + " first match changes only the time taken.");
  }

  /**
   * {@code src.anyMatch(x -> p1 && .. && pn)} for {@code src.filter(p1)..filter(pn).count()}, when
   * the source has no earlier stage, the stream is sequential and every predicate is a lambda with
   * no effect that cannot throw.
   */
  private static Optional<MethodCallExpr> anyMatchOf(MethodCallExpr count) {
    List<MethodCallExpr> filters = new ArrayList<>();
    Expression e = count.getScope().orElse(null);
    for (Optional<MethodCallExpr> f = filterCall(e); f.isPresent(); f = filterCall(f.get().getScope().orElse(null))) {
      filters.add(0, f.get());
    }
    if (filters.isEmpty() || !effectFreeSource(filters.get(0).getScope().orElse(null))) return Optional.empty();
    Optional<String> type = streamType(filters.get(filters.size() - 1));
    if (type.isEmpty()) return Optional.empty();
    StreamPredicates.Elements elements = PRIMITIVE_STREAMS.contains(type.get()) ? StreamPredicates.Elements.PRIMITIVE
        : nullFreeSource(filters.get(0).getScope().get()) ? StreamPredicates.Elements.NON_NULL : StreamPredicates.Elements.NULLABLE;
    List<StreamPredicates.Lambda> lambdas = new ArrayList<>();
    for (MethodCallExpr f : filters) {
      Optional<StreamPredicates.Lambda> p = StreamPredicates.lambda(f.getArgument(0));
      if (p.isEmpty() || !StreamPredicates.totalAndPure(p.get().body(), p.get().param(), elements)) return Optional.empty();
      lambdas.add(p.get());
    }
    if (filters.size() == 1) return Optional.of((MethodCallExpr) matchCall(filters.get(0), "anyMatch"));
    String x = lambdas.get(0).param();
    Expression fused = null;
    for (StreamPredicates.Lambda l : lambdas) {
      Expression body = l.body().clone();
      if (!l.param().equals(x)) {
        // Renaming to x must not capture a name the body already uses for something else.
        if (!body.findAll(com.github.javaparser.ast.expr.SimpleName.class, n -> n.getIdentifier().equals(x)).isEmpty()) return Optional.empty();
        for (NameExpr n : body.findAll(NameExpr.class, n -> n.getNameAsString().equals(l.param()))) n.setName(x);
        // Reparse: the source printer would otherwise print a clone's original tokens, not the new names.
        body = com.github.javaparser.StaticJavaParser.parseExpression(body.toString());
      }
      Expression operand = body instanceof BinaryExpr || body instanceof com.github.javaparser.ast.expr.ConditionalExpr ? new EnclosedExpr(body) : body;
      fused = fused == null ? operand : new BinaryExpr(fused, operand, BinaryExpr.Operator.AND);
    }
    com.github.javaparser.ast.expr.LambdaExpr lambda = new com.github.javaparser.ast.expr.LambdaExpr(
        new com.github.javaparser.ast.body.Parameter(new com.github.javaparser.ast.type.UnknownType(), x), fused);
    return Optional.of(new MethodCallExpr(filters.get(0).getScope().get().clone(), "anyMatch", new NodeList<>(lambda)));
  }

  private static Expression not(Expression e) {
    Expression operand = e instanceof MethodCallExpr || e instanceof NameExpr ? e : new EnclosedExpr(e);
    return new com.github.javaparser.ast.expr.UnaryExpr(operand, com.github.javaparser.ast.expr.UnaryExpr.Operator.LOGICAL_COMPLEMENT);
  }

  /** {@code s.filter(p).collect(toList()).size()} → {@code (int) s.filter(p).count()}. */
  private static Optional<String> collectedSize(MethodCallExpr size) {
    if (!size.getNameAsString().equals("size") || !size.getArguments().isEmpty()) return Optional.empty();
    if (!(size.getScope().orElse(null) instanceof MethodCallExpr collect)) return Optional.empty();
    boolean toList = collect.getNameAsString().equals("toList") && collect.getArguments().isEmpty()
        || collect.getNameAsString().equals("collect") && collect.getArguments().size() == 1 && isCollectorsToList(collect.getArgument(0));
    if (!toList || collect.getScope().isEmpty() || !Ast.typeOf(collect.getScope().get()).map(t -> t.startsWith("java.util.stream.Stream<")).orElse(false)) {
      return Optional.empty();
    }
    Expression stream = collect.getScope().get();
    if (stream instanceof MethodCallExpr s && s.getNameAsString().equals("stream") && s.getArguments().isEmpty() && s.getScope().isPresent()
        && PureExpressions.repeatable(s.getScope().get())
        && Ast.typeOf(s.getScope().get()).map(StreamExistenceRecipe::isCollection).orElse(false)) {
      size.replace(new MethodCallExpr(s.getScope().get().clone(), "size"));
      return Optional.of("stream().collect(toList()).size() became size(): the list held every element of the collection.");
    }
    Optional<MethodCallExpr> filter = filterCall(stream);
    if (filter.isEmpty() || parallel(filter.get())) return Optional.empty();
    Expression counted = new CastExpr(PrimitiveType.intType(), new MethodCallExpr(stream.clone(), "count"));
    Node parent = size.getParentNode().orElse(null);
    boolean scope = parent instanceof MethodCallExpr m && m.getScope().map(x -> x == size).orElse(false)
        || parent instanceof FieldAccessExpr;
    size.replace(scope ? new EnclosedExpr(counted) : counted);
    return Optional.of("filter(..).collect(toList()).size() became (int) filter(..).count(): after a filter the stream is"
        + " unsized, so count() runs every stage on every element just as collecting did, without building the list.");
  }

  private static Optional<String> matchFor(BinaryExpr cmp, Expression count) {
    boolean countLeft = cmp.getLeft() == count;
    Expression other = Ast.unwrap(countLeft ? cmp.getRight() : cmp.getLeft());
    Optional<Long> k = literal(other);
    if (k.isEmpty()) return Optional.empty();
    BinaryExpr.Operator op = countLeft ? cmp.getOperator() : mirror(cmp.getOperator());
    if (op == null) return Optional.empty();
    long v = k.get();
    if ((op == BinaryExpr.Operator.GREATER || op == BinaryExpr.Operator.NOT_EQUALS) && v == 0
        || op == BinaryExpr.Operator.GREATER_EQUALS && v == 1) return Optional.of("anyMatch");
    if ((op == BinaryExpr.Operator.EQUALS || op == BinaryExpr.Operator.LESS_EQUALS) && v == 0
        || op == BinaryExpr.Operator.LESS && v == 1) return Optional.of("noneMatch");
    return Optional.empty();
  }

  private static BinaryExpr.Operator mirror(BinaryExpr.Operator op) {
    return switch (op) {
      case GREATER -> BinaryExpr.Operator.LESS;
      case LESS -> BinaryExpr.Operator.GREATER;
      case GREATER_EQUALS -> BinaryExpr.Operator.LESS_EQUALS;
      case LESS_EQUALS -> BinaryExpr.Operator.GREATER_EQUALS;
      case EQUALS, NOT_EQUALS -> op;
      default -> null;
    };
  }

  private static Optional<Long> literal(Expression e) {
    if (e instanceof IntegerLiteralExpr i) return Optional.of(i.asNumber().longValue());
    if (e instanceof LongLiteralExpr l) return Optional.of(l.asNumber().longValue());
    return Optional.empty();
  }

  private static Optional<MethodCallExpr> filterCall(Expression e) {
    if (e instanceof MethodCallExpr f && f.getNameAsString().equals("filter") && f.getArguments().size() == 1 && f.getScope().isPresent()) {
      return Optional.of(f);
    }
    return Optional.empty();
  }

  private static Expression matchCall(MethodCallExpr filter, String match) {
    return new MethodCallExpr(filter.getScope().get().clone(), match, new NodeList<>(filter.getArgument(0).clone()));
  }

  /** The erased type of the filtered stream, if it is a JDK stream. */
  private static Optional<String> streamType(MethodCallExpr filter) {
    Optional<String> solved = Ast.typeOf(filter).map(Ast::erasure);
    if (solved.isEmpty() && filter.getScope().orElse(null) instanceof MethodCallExpr source) {
      solved = arraysStream(source);
    }
    return solved.filter(t -> t.equals("java.util.stream.Stream") || PRIMITIVE_STREAMS.contains(t));
  }

  /**
   * The stream type of {@code Arrays.stream(a)} from the type of {@code a}: the symbol solver
   * does not pick among that method's primitive-array overloads, but the array type decides it.
   */
  private static Optional<String> arraysStream(MethodCallExpr source) {
    if (!source.getNameAsString().equals("stream") || source.getArguments().size() != 1 || !isJdkArrays(source)) return Optional.empty();
    return Ast.typeOf(source.getArgument(0)).map(t -> switch (t) {
      case "int[]" -> "java.util.stream.IntStream";
      case "long[]" -> "java.util.stream.LongStream";
      case "double[]" -> "java.util.stream.DoubleStream";
      default -> t.endsWith("[]") && t.contains(".") && !t.endsWith("[][]") ? "java.util.stream.Stream" : "unknown";
    });
  }

  /** {@code Arrays.x(..)} where {@code Arrays} can only mean {@code java.util.Arrays}. */
  private static boolean isJdkArrays(MethodCallExpr call) {
    if (!(call.getScope().orElse(null) instanceof NameExpr n)) return false;
    if (n.getNameAsString().equals("java.util.Arrays")) return true;
    if (!n.getNameAsString().equals("Arrays")) return false;
    var unit = call.findCompilationUnit().orElse(null);
    if (unit == null || unit.findAll(com.github.javaparser.ast.body.TypeDeclaration.class).stream()
        .anyMatch(t -> t.getNameAsString().equals("Arrays"))) return false;
    return unit.getImports().stream().anyMatch(i -> !i.isStatic()
        && (i.isAsterisk() ? i.getNameAsString().equals("java.util") : i.getNameAsString().equals("java.util.Arrays")));
  }

  /** {@code c.stream()} on a collection variable or {@code Arrays.stream(a)}: no stage before the filter. */
  private static boolean effectFreeSource(Expression e) {
    if (!(e instanceof MethodCallExpr s) || !s.getNameAsString().equals("stream") || s.getScope().isEmpty()) return false;
    Expression scope = s.getScope().get();
    if (scope instanceof NameExpr n && n.getNameAsString().equals("Arrays")) {
      return s.getArguments().size() == 1 && isJdkArrays(s) && PureExpressions.repeatable(s.getArgument(0))
          && Ast.typeOf(s.getArgument(0)).map(t -> t.endsWith("[]")).orElse(false);
    }
    return s.getArguments().isEmpty() && PureExpressions.repeatable(scope) && Ast.typeOf(scope).map(StreamExistenceRecipe::isCollection).orElse(false);
  }

  /** {@code c.stream()} over a collection whose elements cannot be null ({@link Nullness#nullFreeElements}). */
  private static boolean nullFreeSource(Expression source) {
    MethodCallExpr stream = (MethodCallExpr) source;
    MethodDeclaration method = stream.findAncestor(MethodDeclaration.class).orElse(null);
    return method != null && stream.getArguments().isEmpty() && stream.getScope().isPresent()
        && Nullness.nullFreeElements(stream.getScope().get(), method);
  }

  private static boolean parallel(MethodCallExpr filter) {
    return filter.findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("parallelStream") || c.getNameAsString().equals("parallel"))
        .stream().anyMatch(c -> !Ast.isInside(c, filter.getArgument(0)));
  }

  private static boolean isCollection(String type) {
    String raw = Ast.erasure(type);
    return Set.of("java.util.List", "java.util.ArrayList", "java.util.LinkedList", "java.util.Set", "java.util.HashSet",
        "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.Collection", "java.util.ArrayDeque", "java.util.Deque",
        "java.util.Queue", "java.util.SortedSet", "java.util.NavigableSet").contains(raw);
  }

  private static boolean isCollectorsToList(Expression e) {
    if (!(e instanceof MethodCallExpr c) || !c.getNameAsString().equals("toList") || !c.getArguments().isEmpty()) return false;
    try {
      return c.resolve().getQualifiedName().equals("java.util.stream.Collectors.toList");
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }
}
