package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stream form of {@code string-concat-in-loop}: {@code strings.reduce("", String::concat)} (or
 * {@code (a, b) -> a + b}, {@code (a, b) -> a.concat(b)}) copies the text built so far for every
 * element, so it is quadratic in the output; {@code collect(Collectors.joining())} appends each
 * element once.
 *
 * <p>Both visit every element in encounter order and produce the same characters, with one
 * difference: {@code concat} throws {@code NullPointerException} on a null element where {@code
 * joining} prints {@code "null"}. So the {@code concat} forms fire only when the elements cannot
 * be null: the stream ends in {@code map(x -> e)} with {@code e} never null ({@link Nullness}), or
 * {@code e} a call of a method of this file whose every {@code return} is never null. The {@code +}
 * form prints {@code "null"} for a null element exactly as {@code joining} does and needs no proof.
 * The identity must be the empty literal. Parallel streams are fine: {@code concat} is associative
 * with identity {@code ""}, and {@code joining} keeps encounter order too.
 */
final class ConcatReduction {
  private ConcatReduction() {}

  static Optional<String> apply(MethodDeclaration method) {
    List<String> done = new ArrayList<>();
    for (MethodCallExpr reduce : method.findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("reduce") && c.getArguments().size() == 2)) {
      if (!(Ast.unwrap(reduce.getArgument(0)) instanceof StringLiteralExpr identity) || !identity.asString().isEmpty()) continue;
      Optional<Boolean> nullSafe = concatenation(reduce.getArgument(1));
      if (nullSafe.isEmpty() || reduce.getScope().isEmpty()) continue;
      Expression stream = reduce.getScope().get();
      if (!Ast.typeOf(stream).map("java.util.stream.Stream<java.lang.String>"::equals).orElse(false)) continue;
      if (!nullSafe.get() && !elementsNeverNull(stream)) continue;
      reduce.replace(new MethodCallExpr(stream.clone(), "collect", new NodeList<>(
          new MethodCallExpr(new NameExpr("java.util.stream.Collectors"), "joining"))));
      done.add("reduce(\"\", " + reduce.getArgument(1) + ") became collect(Collectors.joining())");
    }
    if (done.isEmpty()) return Optional.empty();
    return Optional.of(String.join("; ", done) + ": the reduction copied the text built so far for every element; joining"
        + " appends each element once, in the same order, giving the same characters.");
  }

  /**
   * Whether {@code op} joins two Strings end to end: empty if not; true for {@code (a, b) -> a + b},
   * which prints a null operand as {@code "null"} like {@code joining}; false for the {@code
   * concat} forms, which throw on it.
   */
  private static Optional<Boolean> concatenation(Expression op) {
    Expression x = Ast.unwrap(op);
    if (x instanceof MethodReferenceExpr ref) {
      boolean ok = ref.getIdentifier().equals("concat") && ref.getScope() instanceof TypeExpr t
          && (t.getType().asString().equals("String") || t.getType().asString().equals("java.lang.String"));
      return ok ? Optional.of(false) : Optional.empty();
    }
    if (!(x instanceof com.github.javaparser.ast.expr.LambdaExpr l) || l.getParameters().size() != 2) return Optional.empty();
    String a = l.getParameter(0).getNameAsString();
    String b = l.getParameter(1).getNameAsString();
    Expression body = l.getExpressionBody().map(Ast::unwrap).orElse(null);
    if (body instanceof BinaryExpr plus && plus.getOperator() == BinaryExpr.Operator.PLUS
        && isName(plus.getLeft(), a) && isName(plus.getRight(), b)) return Optional.of(true);
    if (body instanceof MethodCallExpr c && c.getNameAsString().equals("concat") && c.getArguments().size() == 1
        && c.getScope().map(s -> isName(s, a)).orElse(false) && isName(c.getArgument(0), b)) return Optional.of(false);
    return Optional.empty();
  }

  /** The stream is {@code s.map(x -> e)} with {@code e} never null, directly or as every return of a helper it calls. */
  private static boolean elementsNeverNull(Expression stream) {
    if (!(Ast.unwrap(stream) instanceof MethodCallExpr map) || !map.getNameAsString().equals("map") || map.getArguments().size() != 1) return false;
    Optional<StreamPredicates.Lambda> lambda = StreamPredicates.lambda(map.getArgument(0));
    if (lambda.isEmpty()) return false;
    Expression body = Ast.unwrap(lambda.get().body());
    if (Nullness.neverNull(body)) return true;
    if (!(body instanceof MethodCallExpr call)) return false;
    try {
      Optional<com.github.javaparser.ast.Node> helper = call.resolve().toAst().map(com.github.javaparser.ast.Node.class::cast);
      if (helper.isEmpty() || !(helper.get() instanceof MethodDeclaration h) || h.getBody().isEmpty()
          || h.findRootNode() != call.findRootNode()) return false;
      List<ReturnStmt> returns = h.findAll(ReturnStmt.class, r -> r.findAncestor(com.github.javaparser.ast.expr.LambdaExpr.class)
          .filter(l -> Ast.isInside(l, h)).isEmpty());
      return !returns.isEmpty() && returns.stream().allMatch(r -> r.getExpression().map(e -> Nullness.neverNull(e, h)).orElse(false));
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  private static boolean isName(Expression e, String name) {
    return Ast.unwrap(e) instanceof NameExpr n && n.getNameAsString().equals(name);
  }
}
