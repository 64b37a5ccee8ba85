package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.UnknownType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A reduction of a stream of boxed numbers that has a primitive-stream equivalent the JDK specifies
 * to compute the same value: {@code reduce(0, Integer::sum)} (→ {@code sum()}), {@code
 * Collectors.summingX(f)} (→ {@code mapToX(f).sum()}, the same compensated summation for doubles)
 * and {@code Collectors.averagingX(f)} (→ {@code mapToX(f).average().orElse(0.0)}, same algorithm,
 * 0.0 when empty).
 *
 * @param kind {@code Int}, {@code Long} or {@code Double}
 * @param mapper the function applied to each element before reducing; null when the elements are
 *     reduced as they are
 * @param source the stream the reduction consumes (below the {@code map} it absorbs, if any)
 * @param average whether the result is the mean rather than the sum
 */
record BoxedReduction(String kind, Expression mapper, Expression source, boolean average) {
  private static final Map<String, String> BOXED = Map.of("Int", "Integer", "Long", "Long", "Double", "Double");
  private static final Map<String, String> UNBOX = Map.of("Int", "intValue", "Long", "longValue", "Double", "doubleValue");
  private static final Set<BinaryExpr.Operator> NUMERIC = Set.of(BinaryExpr.Operator.PLUS, BinaryExpr.Operator.MINUS,
      BinaryExpr.Operator.MULTIPLY, BinaryExpr.Operator.DIVIDE, BinaryExpr.Operator.REMAINDER, BinaryExpr.Operator.LESS,
      BinaryExpr.Operator.GREATER, BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER_EQUALS);

  static String boxedName(String kind) {
    return BOXED.get(kind);
  }

  /** The reduction {@code call} performs, if it is one of the supported forms. */
  static Optional<BoxedReduction> of(MethodCallExpr call) {
    if (call.getScope().isEmpty()) return Optional.empty();
    Expression scope = call.getScope().get();
    if (call.getNameAsString().equals("reduce") && call.getArguments().size() == 2) {
      String kind = sumKind(call.getArgument(0), call.getArgument(1));
      if (kind == null) return Optional.empty();
      if (scope instanceof MethodCallExpr map && map.getNameAsString().equals("map") && map.getArguments().size() == 1
          && map.getScope().isPresent()) {
        return Optional.of(new BoxedReduction(kind, map.getArgument(0), map.getScope().get(), false));
      }
      boolean boxedElements = boxedBelow(scope, kind).isPresent() || Ast.typeOf(scope).map(t -> t.equals("java.util.stream.Stream<java.lang." + BOXED.get(kind) + ">")).orElse(false);
      return boxedElements ? Optional.of(new BoxedReduction(kind, null, scope, false)) : Optional.empty();
    }
    if (call.getNameAsString().equals("collect") && call.getArguments().size() == 1
        && call.getArgument(0) instanceof MethodCallExpr c && c.getArguments().size() == 1
        && c.getScope().map(s -> s.toString().equals("Collectors") || s.toString().equals("java.util.stream.Collectors")).orElse(false)) {
      String name = c.getNameAsString();
      for (String kind : BOXED.keySet()) {
        if (name.equals("summing" + kind)) return Optional.of(new BoxedReduction(kind, c.getArgument(0), scope, false));
        if (name.equals("averaging" + kind)) return Optional.of(new BoxedReduction(kind, c.getArgument(0), scope, true));
      }
    }
    return Optional.empty();
  }

  /**
   * The {@code boxed()} call of a primitive stream of {@code kind} that {@code source} reaches
   * through {@code filter}/{@code limit}/{@code skip} (and {@code sorted()} for integers), whose
   * filters would mean the same on primitives.
   */
  static Optional<MethodCallExpr> boxedBelow(Expression source, String kind) {
    for (Expression e = source; e instanceof MethodCallExpr m; e = m.getScope().orElse(null)) {
      String n = m.getNameAsString();
      if (n.equals("boxed") && m.getArguments().isEmpty()) {
        boolean primitive = m.getScope().flatMap(BoxedReduction::streamType).map(t -> t.equals("java.util.stream." + kind + "Stream")).orElse(false);
        return primitive ? Optional.of(m) : Optional.empty();
      }
      boolean ok = switch (n) {
        case "filter" -> m.getArguments().size() == 1 && samePredicateOnPrimitives(m.getArgument(0));
        case "limit", "skip" -> m.getArguments().size() == 1;
        case "sorted" -> m.getArguments().isEmpty() && !kind.equals("Double");
        default -> false;
      };
      if (!ok) return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The resolved type of a stream expression; {@code Arrays.stream(array)} is typed from its
   * argument because the symbol solver reports the primitive-array overloads as ambiguous.
   */
  private static Optional<String> streamType(Expression e) {
    Optional<String> t = Ast.typeOf(e);
    if (t.isPresent()) return t;
    if (e instanceof MethodCallExpr c && c.getNameAsString().equals("stream") && c.getArguments().size() == 1
        && c.getScope().map(s -> s.toString().equals("Arrays") || s.toString().equals("java.util.Arrays")).orElse(false)) {
      return Ast.typeOf(c.getArgument(0)).map(a -> switch (a) {
        case "int[]" -> "java.util.stream.IntStream";
        case "long[]" -> "java.util.stream.LongStream";
        case "double[]" -> "java.util.stream.DoubleStream";
        default -> a;
      });
    }
    return Optional.empty();
  }

  /** {@code Integer::intValue} (etc.) or {@code x -> x}: the reduction sees the elements as they are. */
  static boolean isUnboxing(Expression mapper, String kind) {
    if (mapper instanceof MethodReferenceExpr ref) {
      return ref.getIdentifier().equals(UNBOX.get(kind)) && ref.getScope().toString().equals(BOXED.get(kind));
    }
    return mapper instanceof LambdaExpr l && l.getParameters().size() == 1 && l.getExpressionBody().isPresent()
        && Ast.unwrap(l.getExpressionBody().get()) instanceof NameExpr n
        && n.getNameAsString().equals(l.getParameter(0).getNameAsString());
  }

  static Expression unboxingReference(String kind) {
    return StaticJavaParser.parseExpression(BOXED.get(kind) + "::" + UNBOX.get(kind));
  }

  /**
   * A one-parameter lambda with an inferred parameter type that uses the element only as an
   * arithmetic or ordering operand, a sign, or a {@code Math} argument: there an {@code int}
   * behaves exactly like the unboxed {@code Integer}. {@code ==} qualifies only against a primitive
   * (between two boxes it compares identity), and a call argument does not (overloads may differ).
   */
  static boolean samePredicateOnPrimitives(Expression e) {
    if (!(e instanceof LambdaExpr l) || l.getParameters().size() != 1) return false;
    Parameter p = l.getParameter(0);
    if (!(p.getType() instanceof UnknownType)) return false;
    String name = p.getNameAsString();
    for (NameExpr use : l.getBody().findAll(NameExpr.class, n -> n.getNameAsString().equals(name))) {
      Node child = use;
      Node parent = use.getParentNode().orElse(null);
      while (parent instanceof EnclosedExpr) {
        child = parent;
        parent = parent.getParentNode().orElse(null);
      }
      if (parent instanceof BinaryExpr b && NUMERIC.contains(b.getOperator())) continue;
      if (parent instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.EQUALS || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
        Expression other = b.getLeft() == child ? b.getRight() : b.getLeft();
        if (Ast.typeOf(other).map(t -> Set.of("int", "long", "double", "float", "short", "byte", "char").contains(t)).orElse(false)) continue;
        return false;
      }
      if (parent instanceof UnaryExpr u && (u.getOperator() == UnaryExpr.Operator.MINUS || u.getOperator() == UnaryExpr.Operator.PLUS)) continue;
      if (parent instanceof MethodCallExpr c && c.getScope().map(s -> s.toString().equals("Math")).orElse(false)
          && c.getArguments().contains(child)) continue;
      return false;
    }
    return true;
  }

  private static String sumKind(Expression identity, Expression acc) {
    String kind;
    if (identity instanceof IntegerLiteralExpr i && i.getValue().equals("0")) kind = "Int";
    else if (identity instanceof LongLiteralExpr l && (l.getValue().equals("0L") || l.getValue().equals("0l"))) kind = "Long";
    else return null;
    return isSum(acc, kind) ? kind : null;
  }

  /** {@code Integer::sum} (the {@code kind}'s box) or {@code (a, b) -> a + b} (either order: {@code +} commutes, doubles too). */
  static boolean isSum(Expression acc, String kind) {
    if (acc instanceof MethodReferenceExpr ref) {
      return ref.getIdentifier().equals("sum") && ref.getScope().toString().equals(BOXED.get(kind));
    }
    if (acc instanceof LambdaExpr l && l.getParameters().size() == 2 && l.getExpressionBody().isPresent()
        && Ast.unwrap(l.getExpressionBody().get()) instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      String a = l.getParameter(0).getNameAsString();
      String c = l.getParameter(1).getNameAsString();
      String left = Ast.unwrap(b.getLeft()).toString();
      String right = Ast.unwrap(b.getRight()).toString();
      return (left.equals(a) && right.equals(c)) || (left.equals(c) && right.equals(a));
    }
    return false;
  }
}
