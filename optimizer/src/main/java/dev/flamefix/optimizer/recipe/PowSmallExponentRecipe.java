package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedPrimitiveType;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pow-for-small-integer-exponent}: {@code Math.pow(x, 2)} (or {@code StrictMath.pow}, with
 * the exponent written {@code 2}, {@code 2L}, {@code 2.0}, {@code 2d}) becomes {@code x * x}, or
 * {@code (double) x * x} when {@code x} is not a double.
 *
 * <p>Why the result is bit-identical: {@code x} is widened to double before {@code pow} sees it,
 * and HotSpot computes {@code pow(x, 2.0)} as {@code x * x} (interpreter, C1, C2 and {@code
 * StrictMath}'s FdLibm port special-case it; checked on JDK 17 for 7.2e7 random, integral and
 * subnormal doubles plus NaN, ±0, ±∞ and the extremes, see docs/optimizer.md). Other exponents are
 * left alone: {@code x * x * x} rounds twice where {@code pow(x, 3)} rounds once.
 *
 * <p>Preconditions: the call resolves to {@code java.lang.Math.pow} or {@code
 * java.lang.StrictMath.pow}; {@code x} has a primitive numeric (or boxed numeric) type and is
 * <em>repeatable</em>, so evaluating it twice gives the same value with no side effect: built only
 * from literals, locals, parameters, non-volatile fields, array elements of those, casts and the
 * operators {@code + - * / %} and unary minus (no calls, assignments or increments). A throwing
 * {@code x} (division by zero, a null array) throws the same exception on its first evaluation.
 */
public final class PowSmallExponentRecipe implements Recipe {
  private static final Set<String> POW = Set.of("java.lang.Math.pow", "java.lang.StrictMath.pow");
  private static final Set<BinaryExpr.Operator> BINDS_TIGHTER_OR_EQUAL = Set.of(BinaryExpr.Operator.MULTIPLY,
      BinaryExpr.Operator.DIVIDE, BinaryExpr.Operator.REMAINDER);

  @Override
  public String id() {
    return "pow-for-small-integer-exponent";
  }

  @Override
  public String description() {
    return "Math.pow(x, 2) -> x * x (bit-identical on HotSpot; x evaluated twice only if it is side-effect free)";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    List<String> rewritten = new ArrayList<>();
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("pow") && c.getArguments().size() == 2)) {
      if (!isPow(call) || !isTwo(call.getArgument(1))) continue;
      Expression base = call.getArgument(0);
      Optional<ResolvedType> type = resolvedType(base);
      if (type.isEmpty() || !numeric(type.get()) || !PureExpressions.repeatable(base)) continue;
      boolean isDouble = type.get().isPrimitive() && type.get().asPrimitive() == ResolvedPrimitiveType.DOUBLE;
      // Widening first keeps pow's semantics: an int or long operand is squared as a double, never in int/long arithmetic.
      Expression left = isDouble ? operand(base) : new CastExpr(PrimitiveType.doubleType(), operand(base));
      Expression square = new BinaryExpr(left, operand(base), BinaryExpr.Operator.MULTIPLY);
      Expression replacement = needsParentheses(call) ? new EnclosedExpr(square) : square;
      rewritten.add(call + " -> " + replacement);
      call.replace(replacement);
    }
    if (rewritten.isEmpty()) return Optional.empty();
    return Optional.of(String.join("; ", rewritten) + ": HotSpot computes pow(x, 2.0) as x * x, so the result is"
        + " bit-identical, and the operand is side-effect free, so evaluating it twice changes nothing.");
  }

  private static boolean isPow(MethodCallExpr call) {
    try {
      ResolvedMethodDeclaration m = call.resolve();
      return POW.contains(m.getQualifiedName());
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  private static boolean isTwo(Expression e) {
    Expression x = Ast.unwrap(e);
    if (x instanceof IntegerLiteralExpr i) return i.getValue().equals("2");
    if (x instanceof LongLiteralExpr l) return l.getValue().equalsIgnoreCase("2L");
    if (x instanceof DoubleLiteralExpr d) {
      try {
        String v = d.getValue();
        // 2f is a float 2.0, widened exactly; any spelling whose value is exactly 2.0 qualifies.
        return Double.parseDouble(v.replaceAll("[dDfF]$", "")) == 2.0;
      } catch (NumberFormatException ex) {
        return false;
      }
    }
    return false;
  }

  private static Optional<ResolvedType> resolvedType(Expression e) {
    try {
      return Optional.of(Ast.resolvedType(e));
    } catch (RuntimeException | StackOverflowError ex) {
      return Optional.empty();
    }
  }

  private static boolean numeric(ResolvedType t) {
    if (t.isPrimitive()) return t.asPrimitive().isNumeric();
    if (!t.isReferenceType()) return false;
    return Set.of("java.lang.Double", "java.lang.Float", "java.lang.Integer", "java.lang.Long", "java.lang.Short",
        "java.lang.Byte", "java.lang.Character").contains(t.asReferenceType().getQualifiedName());
  }

  private static Expression operand(Expression base) {
    boolean simple = base.isNameExpr() || base.isLiteralExpr() || base.isArrayAccessExpr() || base.isFieldAccessExpr()
        || base.isEnclosedExpr();
    return simple ? base.clone() : new EnclosedExpr(base.clone());
  }

  /**
   * {@code a * b} needs parentheses where an operator of equal or higher precedence, a cast or a
   * unary operator surrounds the call: {@code k * pow(x, 2)} must stay {@code k * (x * x)}, since
   * floating-point multiplication is not associative.
   */
  private static boolean needsParentheses(Node call) {
    Node parent = call.getParentNode().orElse(null);
    if (parent instanceof BinaryExpr b) return BINDS_TIGHTER_OR_EQUAL.contains(b.getOperator());
    return parent instanceof UnaryExpr || parent instanceof CastExpr;
  }
}
