package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.Optional;

/**
 * A lookup table: a {@code private static final} one-dimensional array of immutable values
 * (primitives, {@code String}, boxed primitives), initialised with its elements, of which the whole
 * file only ever reads elements ({@code T[i]}, never assigned or incremented) and the length. Being
 * private, nothing outside the file can reach it, and it is never handed out, so its contents are
 * constant after class initialisation and reading them is as pure as reading a constant.
 */
final class ConstantArrays {
  private static final java.util.Set<UnaryExpr.Operator> STEPS = java.util.EnumSet.of(UnaryExpr.Operator.PREFIX_INCREMENT,
      UnaryExpr.Operator.PREFIX_DECREMENT, UnaryExpr.Operator.POSTFIX_INCREMENT, UnaryExpr.Operator.POSTFIX_DECREMENT);
  private ConstantArrays() {}

  /** Is {@code array} (the name part of {@code T[i]} or {@code T.length}) such a table of {@code type}? */
  static boolean isConstant(Expression array, TypeDeclaration<?> type) {
    if (!(array instanceof NameExpr n)) return false;
    String name = n.getNameAsString();
    Optional<FieldDeclaration> field = type.getFieldByName(name);
    if (field.isEmpty() || !field.get().isPrivate() || !field.get().isStatic() || !field.get().isFinal()) return false;
    VariableDeclarator v = field.get().getVariables().stream().filter(d -> d.getNameAsString().equals(name)).findFirst().orElseThrow();
    if (v.getType().getArrayLevel() != 1) return false;
    Optional<Expression> init = v.getInitializer();
    boolean literal = init.filter(i -> i instanceof ArrayInitializerExpr
        || (i instanceof ArrayCreationExpr c && c.getInitializer().isPresent())).isPresent();
    if (!literal || !immutableElements(v)) return false;
    Node unit = type.findCompilationUnit().map(Node.class::cast).orElse(type);
    if (unit.findAll(VariableDeclarator.class, d -> d.getNameAsString().equals(name)).size() != 1) return false;
    if (!unit.findAll(Parameter.class, p -> p.getNameAsString().equals(name)).isEmpty()) return false;
    if (!unit.findAll(FieldAccessExpr.class, f -> f.getNameAsString().equals(name)).isEmpty()) return false;
    return unit.findAll(NameExpr.class, u -> u.getNameAsString().equals(name)).stream().allMatch(ConstantArrays::readOnly);
  }

  private static boolean readOnly(NameExpr use) {
    Node parent = use.getParentNode().orElse(null);
    if (parent instanceof FieldAccessExpr f) return f.getNameAsString().equals("length");
    if (!(parent instanceof ArrayAccessExpr a) || a.getName() != use) return false;
    Node above = a.getParentNode().orElse(null);
    if (above instanceof AssignExpr as && as.getTarget() == a) return false;
    return !(above instanceof UnaryExpr u && STEPS.contains(u.getOperator()));
  }

  private static boolean immutableElements(VariableDeclarator v) {
    try {
      ResolvedType t = v.getType().resolve();
      return t.isArray() && PureCalls.immutableValue(t.asArrayType().getComponentType());
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }
}
