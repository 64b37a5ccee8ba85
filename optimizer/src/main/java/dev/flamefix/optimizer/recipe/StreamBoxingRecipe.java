package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
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
 * {@code stream-boxing}: a stream reduction that boxes every element becomes the primitive-stream
 * form the JDK specifies to compute the same value (see {@link BoxedReduction}): {@code
 * s.map(f).reduce(0, Integer::sum)} → {@code s.mapToInt(f).sum()}, {@code
 * collect(Collectors.summingX(f))} → {@code mapToX(f).sum()}, {@code
 * collect(Collectors.averagingX(f))} → {@code mapToX(f).average().orElse(0.0)}; and when the boxes
 * come from a primitive stream's {@code boxed()} (through filters whose meaning does not depend on
 * boxing), the {@code boxed()} is dropped instead of adding a {@code mapToX}.
 *
 * <p>Preconditions: the identity is the literal {@code 0}/{@code 0L}; the accumulator is {@code
 * Integer::sum}/{@code Long::sum} or a lambda {@code (a, b) -> a + b}; the chain is a sequential
 * stream; the boxed result is used only as a primitive (a primitive local's initializer, an
 * arithmetic operand, a compound assignment to a primitive, or {@code return} from a method
 * returning a primitive), so unboxing it was already happening, or a sum initialises a local declared
 * (not {@code var}) as the very box the reduction returns, which boxes the primitive result with the
 * same {@code valueOf} the reduction used. {@code IntStream.sum()} is
 * specified as {@code reduce(0, Integer::sum)} (same overflow); {@code summingDouble}/{@code
 * averagingDouble} and {@code DoubleStream.sum}/{@code average} run the same compensated
 * summation; a null element still throws {@code NullPointerException} (now while unboxing).
 * {@code map(f).reduce(0.0, Double::sum)} is excluded: {@code DoubleStream.sum} compensates
 * rounding error and may return a different value.
 *
 * <p>Tried first: a local list of boxes collected from a stream and only counted and streamed
 * becomes a primitive array ({@link CollectedBoxedList}, with its own preconditions).
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
    Optional<String> collected = CollectedBoxedList.apply(method, ctx);
    if (collected.isPresent()) return collected;
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
      Optional<BoxedReduction> found = BoxedReduction.of(call);
      if (found.isEmpty()) continue;
      BoxedReduction r = found.get();
      if (!usedAsPrimitive(call, method) && !declaredAsSameBox(call, r)) continue;
      Expression source = r.source();
      if (!isStream(source) || isParallel(source)) continue;
      Expression primitive;
      MethodCallExpr boxed = BoxedReduction.boxedBelow(source, r.kind()).orElse(null);
      if (boxed != null && (r.mapper() == null || BoxedReduction.isUnboxing(r.mapper(), r.kind()))) {
        primitive = withoutBoxed(source, boxed);
      } else {
        Expression mapper = r.mapper() != null ? r.mapper().clone() : BoxedReduction.unboxingReference(r.kind());
        if (mapper == null) continue;
        primitive = new MethodCallExpr(source.clone(), "mapTo" + r.kind(), new NodeList<>(mapper));
      }
      Expression replacement = r.average()
          ? new MethodCallExpr(new MethodCallExpr(primitive, "average"), "orElse", new NodeList<>(new DoubleLiteralExpr("0.0")))
          : new MethodCallExpr(primitive, "sum");
      String before = call.toString();
      call.replace(replacement);
      return Optional.of("'" + before + "' boxed every element into a " + BoxedReduction.boxedName(r.kind()) + " to "
          + (r.average() ? "average" : "add") + " them; it is now '" + replacement + "', which works on primitives with"
          + " the JDK's specified equivalent arithmetic (same overflow, same compensated summation for doubles).");
    }
    return Optional.empty();
  }

  /** {@code chain} rebuilt with {@code boxed} left out (the operations above it keep their arguments). */
  private static Expression withoutBoxed(Expression chain, MethodCallExpr boxed) {
    if (chain == boxed) return boxed.getScope().orElseThrow().clone();
    MethodCallExpr op = (MethodCallExpr) chain;
    NodeList<Expression> args = new NodeList<>();
    op.getArguments().forEach(a -> args.add(a.clone()));
    return new MethodCallExpr(withoutBoxed(op.getScope().orElseThrow(), boxed), op.getNameAsString(), args);
  }

  private static boolean isParallel(Expression chain) {
    for (Expression e = chain; e instanceof MethodCallExpr m; e = m.getScope().orElse(null)) {
      if (m.getNameAsString().equals("parallel") || m.getNameAsString().equals("parallelStream")) return true;
    }
    return false;
  }

  private static boolean isStream(Expression scope) {
    if (Ast.typeOf(scope).map(t -> t.startsWith("java.util.stream.Stream")).orElse(false)) return true;
    for (Expression e = scope; e instanceof MethodCallExpr m; e = m.getScope().orElse(null)) {
      String n = m.getNameAsString();
      String s = m.getScope().map(Object::toString).orElse("");
      if (n.equals("stream") && (m.getArguments().isEmpty() || s.equals("Arrays"))) return true;
      if (n.equals("of") && s.equals("Stream")) return true;
      if (n.equals("boxed") && m.getArguments().isEmpty()) return true;
    }
    return false;
  }

  /**
   * {@code Long total = s.map(f).reduce(0L, Long::sum)}: the local's declared box is the one the
   * reduction returns. The boxed reduction's result is always {@code valueOf} of its primitive
   * value (the identity literal when empty, else a fresh box from the accumulator or the
   * collector's finisher), which is exactly what assigning the primitive result to that box
   * does, so even identity comparisons on the local see the same kind of object. {@code var} is
   * excluded: it would turn the local primitive. Averages keep their boxed form (not needed yet).
   */
  private static boolean declaredAsSameBox(Expression call, BoxedReduction r) {
    if (r.average()) return false;
    String box = BoxedReduction.boxedName(r.kind());
    return call.getParentNode().orElse(null) instanceof VariableDeclarator v && !v.getType().isVarType()
        && v.getType().asString().replace("java.lang.", "").equals(box);
  }

  /** The value of {@code call} is used only as a primitive (see the class comment), so unboxing it already happened. */
  static boolean usedAsPrimitive(Expression call, MethodDeclaration method) {
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
    if (parent instanceof com.github.javaparser.ast.expr.AssignExpr a && a.getValue() == call) {
      return Ast.typeOf(a.getTarget()).map(PRIMITIVES::contains).orElse(false);
    }
    return parent instanceof ExpressionStmt;
  }
}
