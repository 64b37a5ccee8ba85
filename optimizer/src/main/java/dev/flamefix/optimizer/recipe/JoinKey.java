package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.flamefix.kb.ast.Variables;
import java.util.Map;
import java.util.Optional;

/**
 * The equality test of a nested-loop join, {@code outerKey} against {@code innerKey(b)} for the
 * inner loop's element {@code b}: {@code ka.equals(kb)}, {@code kb.equals(ka)}, {@code
 * Objects.equals(ka, kb)} or {@code ka == kb} on integral primitives or enums.
 *
 * @param outerKey the side that does not mention {@code b}
 * @param innerKey {@code b}, a record component of {@code b} or a final field of {@code b}
 * @param keyType the hash map's key type (boxed for primitives)
 * @param form how the two sides are compared, which decides what a null does
 * @param ignoreCase the test is {@code String.equalsIgnoreCase} (then {@code keyType} is {@code
 *     String}): equal keys are grouped by {@code String.CASE_INSENSITIVE_ORDER}, see {@link NestedLoopJoinRecipe}
 */
record JoinKey(Expression outerKey, Expression innerKey, String keyType, Form form, boolean ignoreCase) {

  JoinKey(Expression outerKey, Expression innerKey, String keyType, Form form) {
    this(outerKey, innerKey, keyType, form, false);
  }

  enum Form {
    /** {@code ka.equals(kb)}: ka null throws, kb null never matches. */
    OUTER_EQUALS,
    /** {@code kb.equals(ka)}: kb null throws. */
    INNER_EQUALS,
    /** {@code Objects.equals} or {@code ==}: nulls match nulls, nothing throws. */
    NULL_SAFE
  }

  private static final Map<String, String> BOXED = Map.of("int", "Integer", "long", "Long", "short", "Short", "byte", "Byte",
      "char", "Character", "boolean", "Boolean");

  /** The join key test {@code test} in the inner loop {@code inner} whose element is {@code b}, if it is one. */
  static Optional<JoinKey> of(Expression test, String b, Node inner) {
    return of(test, b, inner, false);
  }

  /**
   * As {@link #of(Expression, String, Node)}; with {@code ignoreCase} also {@code ka.equalsIgnoreCase(kb)}
   * and {@code kb.equalsIgnoreCase(ka)} on two {@code String}s (null forms as for {@code equals}).
   */
  static Optional<JoinKey> of(Expression test, String b, Node inner, boolean ignoreCase) {
    Expression t = Ast.unwrap(test);
    if (ignoreCase && t instanceof MethodCallExpr c && c.getNameAsString().equals("equalsIgnoreCase")
        && c.getArguments().size() == 1 && c.getScope().isPresent()) {
      Expression l = c.getScope().get();
      Expression r = c.getArgument(0);
      Optional<JoinKey> k = isInnerKey(r, b) ? keyed(l, r, inner, Form.OUTER_EQUALS, false)
          : isInnerKey(l, b) ? keyed(r, l, inner, Form.INNER_EQUALS, false) : Optional.empty();
      return k.filter(x -> x.keyType().equals("String") || x.keyType().equals("java.lang.String"))
          .map(x -> new JoinKey(x.outerKey(), x.innerKey(), x.keyType(), x.form(), true));
    }
    if (t instanceof MethodCallExpr c && c.getNameAsString().equals("equals")) {
      if (c.getArguments().size() == 1 && c.getScope().isPresent()) {
        Expression l = c.getScope().get();
        Expression r = c.getArgument(0);
        if (isInnerKey(r, b)) return keyed(l, r, inner, Form.OUTER_EQUALS, false);
        if (isInnerKey(l, b)) return keyed(r, l, inner, Form.INNER_EQUALS, false);
      } else if (c.getArguments().size() == 2 && c.getScope().map(s -> s.toString().matches("(java\\.util\\.)?Objects")).orElse(false)) {
        Expression l = c.getArgument(0);
        Expression r = c.getArgument(1);
        if (isInnerKey(r, b)) return keyed(l, r, inner, Form.NULL_SAFE, false);
        if (isInnerKey(l, b)) return keyed(r, l, inner, Form.NULL_SAFE, false);
      }
    }
    if (t instanceof BinaryExpr e && e.getOperator() == BinaryExpr.Operator.EQUALS) {
      if (isInnerKey(e.getRight(), b)) return keyed(e.getLeft(), e.getRight(), inner, Form.NULL_SAFE, true);
      if (isInnerKey(e.getLeft(), b)) return keyed(e.getRight(), e.getLeft(), inner, Form.NULL_SAFE, true);
    }
    return Optional.empty();
  }

  /** Both sides have the same hash-safe type and the outer side is a pure read that does not depend on {@code b}. */
  private static Optional<JoinKey> keyed(Expression ka, Expression kb, Node inner, Form form, boolean identity) {
    if (!PureReads.isPure(ka, inner)) return Optional.empty();
    for (NameExpr n : ka.findAll(NameExpr.class)) {
      if (Variables.isDeclaredIn(inner, n.getNameAsString())) return Optional.empty();
    }
    if (ka instanceof NameExpr n && Variables.isDeclaredIn(inner, n.getNameAsString())) return Optional.empty();
    ResolvedType ta;
    ResolvedType tb;
    try {
      ta = Ast.resolvedType(ka);
      tb = Ast.resolvedType(kb);
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
    if (!ta.describe().equals(tb.describe())) return Optional.empty();
    if (identity) {
      // == on doubles/floats is not equals (NaN, -0.0); on other objects it is identity, not equality.
      String boxed = BOXED.get(ta.describe());
      if (boxed != null) return Optional.of(new JoinKey(ka, kb, boxed, form));
      return HashKeys.of(ta).filter(k -> isEnum(ta)).map(k -> new JoinKey(ka, kb, k, form));
    }
    return HashKeys.of(ta).map(k -> new JoinKey(ka, kb, k, form));
  }

  private static boolean isEnum(ResolvedType t) {
    try {
      return t.isReferenceType() && t.asReferenceType().getTypeDeclaration().map(d -> d.isEnum()).orElse(false);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** {@code b} itself, {@code b.component()} of a record, or {@code b.f} for a final field: fixed while the loops run. */
  static boolean isInnerKey(Expression e, String b) {
    Expression x = Ast.unwrap(e);
    if (x instanceof NameExpr n) return n.getNameAsString().equals(b);
    if (x instanceof MethodCallExpr c) {
      return c.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals(b)).isPresent()
          && c.getArguments().isEmpty() && PureReads.isRecordAccessor(c);
    }
    if (x instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr n && n.getNameAsString().equals(b)) {
      try {
        var field = f.resolve();
        return field.isField() && field.asField().toAst().map(a -> a instanceof com.github.javaparser.ast.body.FieldDeclaration fd && fd.isFinal()).orElse(false);
      } catch (RuntimeException | StackOverflowError ex) {
        return false;
      }
    }
    return false;
  }
}
