package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.Optional;
import java.util.Set;

/**
 * {@code stream-boxing}: {@code s.map(f).reduce(0, Integer::sum)} (or {@code (a, b) -> a + b},
 * {@code Long} alike) and {@code s.collect(Collectors.summingInt(f))} box every element; they
 * become {@code s.mapToInt(f).sum()} ({@code mapToLong} for longs).
 *
 * <p>Preconditions: the identity is the literal {@code 0}/{@code 0L}; the accumulator is {@code
 * Integer::sum}/{@code Long::sum} or a lambda {@code (a, b) -> a + b}; the chain contains a {@code
 * stream()}/{@code Stream.of}/{@code Arrays.stream} call or resolves to {@code java.util.stream.Stream};
 * the boxed result is used only as a primitive (a primitive local's initializer, the operand of
 * arithmetic, or {@code return} from a method returning a primitive), so unboxing it was already
 * happening. {@code IntStream.sum()} is specified as {@code reduce(0, Integer::sum)} (same
 * overflow), and a null element still throws {@code NullPointerException} (now while unboxing in
 * {@code mapToInt}). Doubles are excluded: {@code DoubleStream.sum} compensates rounding error and
 * may return a different value.
 */
public final class StreamBoxingRecipe implements Recipe {
  private static final Set<String> PRIMITIVES = Set.of("int", "long", "double", "float");

  @Override
  public String id() {
    return "stream-boxing";
  }

  @Override
  public String description() {
    return "map(..).reduce(0, Integer::sum) / summingInt -> mapToInt(..).sum()";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
      String kind = null;
      Expression mapper = null;
      MethodCallExpr source = null;
      if (call.getNameAsString().equals("reduce") && call.getArguments().size() == 2
          && call.getScope().filter(s -> s instanceof MethodCallExpr m && m.getNameAsString().equals("map") && m.getArguments().size() == 1).isPresent()) {
        MethodCallExpr map = (MethodCallExpr) call.getScope().get();
        kind = sumKind(call.getArgument(0), call.getArgument(1));
        mapper = map.getArgument(0);
        source = map;
      } else if (call.getNameAsString().equals("collect") && call.getArguments().size() == 1
          && call.getArgument(0) instanceof MethodCallExpr c && c.getArguments().size() == 1
          && c.getScope().map(s -> s.toString().equals("Collectors")).orElse(false)
          && (c.getNameAsString().equals("summingInt") || c.getNameAsString().equals("summingLong"))) {
        kind = c.getNameAsString().equals("summingInt") ? "Int" : "Long";
        mapper = c.getArgument(0);
        source = call;
      }
      if (kind == null || source.getScope().isEmpty() || !isStream(source.getScope().get())) continue;
      if (!usedAsPrimitive(call, method)) continue;
      MethodCallExpr replacement = new MethodCallExpr(
          new MethodCallExpr(source.getScope().get().clone(), "mapTo" + kind, new NodeList<>(mapper.clone())), "sum");
      String before = call.toString();
      call.replace(replacement);
      return Optional.of("'" + before + "' boxed every element into an " + (kind.equals("Int") ? "Integer" : "Long")
          + " to add them; it is now '" + replacement + "', which adds primitives with the same overflow behaviour.");
    }
    return Optional.empty();
  }

  private static String sumKind(Expression identity, Expression acc) {
    String kind;
    if (identity instanceof IntegerLiteralExpr i && i.getValue().equals("0")) kind = "Int";
    else if (identity instanceof LongLiteralExpr l && (l.getValue().equals("0L") || l.getValue().equals("0l"))) kind = "Long";
    else return null;
    if (acc instanceof MethodReferenceExpr ref) {
      String owner = kind.equals("Int") ? "Integer" : "Long";
      return ref.getIdentifier().equals("sum") && ref.getScope().toString().equals(owner) ? kind : null;
    }
    if (acc instanceof LambdaExpr l && l.getParameters().size() == 2 && l.getExpressionBody().isPresent()
        && Ast.unwrap(l.getExpressionBody().get()) instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      String a = l.getParameter(0).getNameAsString();
      String c = l.getParameter(1).getNameAsString();
      String left = Ast.unwrap(b.getLeft()).toString();
      String right = Ast.unwrap(b.getRight()).toString();
      return (left.equals(a) && right.equals(c)) || (left.equals(c) && right.equals(a)) ? kind : null;
    }
    return null;
  }

  private static boolean isStream(Expression scope) {
    if (Ast.typeOf(scope).map(t -> t.startsWith("java.util.stream.Stream")).orElse(false)) return true;
    for (Expression e = scope; e instanceof MethodCallExpr m; e = m.getScope().orElse(null)) {
      String n = m.getNameAsString();
      String s = m.getScope().map(Object::toString).orElse("");
      if (n.equals("stream") && (m.getArguments().isEmpty() || s.equals("Arrays"))) return true;
      if (n.equals("of") && s.equals("Stream")) return true;
    }
    return false;
  }

  private static boolean usedAsPrimitive(Expression call, MethodDeclaration method) {
    Node parent = call.getParentNode().orElse(null);
    if (parent instanceof VariableDeclarator v) return PRIMITIVES.contains(v.getType().asString());
    if (parent instanceof ReturnStmt) return PRIMITIVES.contains(method.getType().asString()) && !Ast.inDeferredCode(call, method);
    if (parent instanceof BinaryExpr b) {
      return switch (b.getOperator()) {
        case PLUS -> Ast.typeOf(b).map(PRIMITIVES::contains).orElse(false);
        case MINUS, MULTIPLY, DIVIDE, REMAINDER, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS -> true;
        default -> false;
      };
    }
    return parent instanceof ExpressionStmt;
  }
}
