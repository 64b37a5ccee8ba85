package dev.flamefix.optimizer.recipe;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code boxed-accumulation}: a local {@code Long/Integer/Double/Float} accumulator becomes the
 * primitive, removing an allocation (or cache lookup) and an unboxing per update.
 *
 * <p>Preconditions: the local is declared once with a numeric literal initializer; every write is a
 * compound assignment, {@code ++}/{@code --}, or {@code =} of a numeric literal or of arithmetic
 * over itself, literals and primitive-typed expressions (so it is never null); every read is
 * arithmetic, a comparison with a literal or number, a {@code return}, string concatenation, or an
 * argument of {@code print/println/append/String.valueOf} (whose primitive and boxed overloads print
 * the same) or an argument the symbol solver binds to a primitive parameter (same overload, same
 * value); it is never the receiver of a method call, never compared with
 * {@code ==}/{@code !=} against a non-literal (identity), never in a conditional expression (which
 * would change boxing), never captured; at least one update is inside a loop. Arithmetic on the
 * primitive is exactly the arithmetic the boxed code performed after unboxing.
 *
 * <p>A list of boxes updated by index ({@code l.set(k, l.get(k) + e)}) is handled by {@link
 * IndexedBoxedAccumulation}.
 */
public final class BoxedAccumulationRecipe implements Recipe {
  private static final Map<String, String> PRIMITIVE = Map.of("Long", "long", "Integer", "int", "Double", "double", "Float", "float");
  private static final Set<String> PRINTERS = Set.of("print", "println", "append", "valueOf");

  @Override
  public String id() {
    return "boxed-accumulation";
  }

  @Override
  public String description() {
    return "Long/Integer/Double accumulator -> long/int/double";
  }

  @Override
  public Optional<String> apply(MethodDeclaration method, RecipeContext ctx) {
    for (VariableDeclarator v : method.findAll(VariableDeclarator.class)) {
      String type = v.getType().asString().replace("java.lang.", "");
      String prim = PRIMITIVE.get(type);
      if (prim == null || v.getInitializer().isEmpty() || !isNumericLiteral(v.getInitializer().get())) continue;
      String name = v.getNameAsString();
      if (Variables.uniqueLocal(method, name).isEmpty()) continue;
      boolean ok = true;
      boolean updatedInLoop = false;
      for (NameExpr use : Variables.uses(method, name)) {
        if (Ast.inDeferredCode(use, method)) { ok = false; break; }
        Node parent = use.getParentNode().orElseThrow();
        if (parent instanceof AssignExpr a && a.getTarget() == use) {
          if (a.getOperator() == AssignExpr.Operator.ASSIGN && !isNumericLiteral(a.getValue()) && !nonNullArithmetic(a.getValue(), name)) {
            ok = false;
            break;
          }
          if (Loops.enclosing(use, method).isPresent()) updatedInLoop = true;
          continue;
        }
        if (parent instanceof UnaryExpr u && Variables.isWrite(use)) {
          if (Loops.enclosing(use, method).isPresent()) updatedInLoop = true;
          continue;
        }
        if (!safeRead(use, parent)) { ok = false; break; }
      }
      if (!ok || !updatedInLoop) continue;
      v.setType(StaticJavaParser.parseType(prim));
      return Optional.of("'" + name + "' accumulated in a boxed " + type + ", allocating or unboxing on every update;"
          + " it is now a primitive " + prim + " (never null: initialised and assigned only with numbers), so every"
          + " intermediate value and the result are the same.");
    }
    return IndexedBoxedAccumulation.apply(method, ctx);
  }

  private static boolean safeRead(NameExpr use, Node parent) {
    if (parent instanceof ReturnStmt) return true;
    if (parent instanceof AssignExpr a && a.getValue() == use) return true;
    if (parent instanceof VariableDeclarator) return true;
    if (parent instanceof CastExpr) return true;
    if (parent instanceof ConditionalExpr) return false;
    if (parent instanceof UnaryExpr u) {
      return u.getOperator() == UnaryExpr.Operator.MINUS || u.getOperator() == UnaryExpr.Operator.PLUS;
    }
    if (parent instanceof BinaryExpr b) {
      if (b.getOperator() == BinaryExpr.Operator.EQUALS || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS) {
        Expression other = b.getLeft() == use ? b.getRight() : b.getLeft();
        return isNumericLiteral(other);
      }
      return true;
    }
    if (PrimitiveParameter.bindsPrimitive(use)) return true;
    if (parent instanceof MethodCallExpr c) {
      return c.getScope().map(s -> s != use).orElse(true) && PRINTERS.contains(c.getNameAsString());
    }
    return false;
  }

  /**
   * {@code x + y * 2} style values built only from the accumulator itself, numeric literals and
   * primitive-typed expressions: arithmetic always yields a primitive, so the value is never null.
   */
  private static boolean nonNullArithmetic(Expression e, String self) {
    Expression x = Ast.unwrap(e);
    if (x instanceof BinaryExpr b) {
      return switch (b.getOperator()) {
        case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER -> nonNullArithmetic(b.getLeft(), self) && nonNullArithmetic(b.getRight(), self);
        default -> false;
      };
    }
    if (isNumericLiteral(x)) return true;
    if (x instanceof NameExpr n && n.getNameAsString().equals(self)) return true;
    return Ast.typeOf(x).map(t -> java.util.Set.of("int", "long", "double", "float", "short", "byte", "char").contains(t)).orElse(false);
  }

  /** A numeric literal, possibly negated or parenthesised. */
  static boolean isNumericLiteral(Expression e) {
    Expression x = Ast.unwrap(e);
    if (x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) x = Ast.unwrap(u.getExpression());
    return x instanceof IntegerLiteralExpr || x instanceof LongLiteralExpr || x instanceof DoubleLiteralExpr;
  }
}
