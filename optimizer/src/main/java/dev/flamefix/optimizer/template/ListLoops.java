package dev.flamefix.optimizer.template;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.flamefix.kb.ast.Variables;
import java.util.Optional;
import java.util.Set;

/**
 * When an index loop over a list reads the same elements as a for-each over it ({@link IndexLoops}):
 * the list cannot change while the body runs. That holds when the list is a local or parameter
 * of a JDK list type (a user list may iterate otherwise than it indexes), the body names it only
 * in the one {@code get(i)}, and nothing in the body can reach it through another reference:
 * every call is either a static method of an immutable JDK value class ({@code Math},
 * {@code String}, the boxed types) or a method on a value of such a class, with arguments of such
 * classes or primitive (so no user {@code toString} runs), or a method on a local the method itself
 * created with {@code new} and never reassigned (a fresh object cannot be the list); string
 * concatenation only of such values; no lambdas, method references or anonymous classes.
 */
final class ListLoops {
  private static final Set<String> VALUE_CLASSES = Set.of("java.lang.String", "java.lang.Math", "java.lang.StrictMath",
      "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Short",
      "java.lang.Byte", "java.lang.Character", "java.lang.Boolean");

  private ListLoops() {}

  /** Whether {@code list}, the loop's list variable, is unchanged by every run of {@code body}. */
  static boolean unchangedIn(NameExpr list, BlockStmt body) {
    if (Variables.uses(body, list.getNameAsString()).size() != 1 || !jdkListLocal(list)) return false;
    if (!body.findAll(LambdaExpr.class).isEmpty() || !body.findAll(MethodReferenceExpr.class).isEmpty()
        || body.findAll(ObjectCreationExpr.class).stream().anyMatch(o -> o.getAnonymousClassBody().isPresent())) {
      return false;
    }
    for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
      if (!harmless(call)) return false;
    }
    // "" + o runs o.toString(), user code that could reach the list.
    for (BinaryExpr b : body.findAll(BinaryExpr.class, b -> b.getOperator() == BinaryExpr.Operator.PLUS)) {
      if (!valueTyped(b.getLeft()) || !valueTyped(b.getRight())) return false;
    }
    return true;
  }

  /** Whether {@code e} is a primitive or a value of a JDK value class, whose methods run no user code. */
  private static boolean valueTyped(Expression e) {
    try {
      ResolvedType t = e.calculateResolvedType();
      return t.isPrimitive() || t.isReferenceType() && VALUE_CLASSES.contains(t.asReferenceType().getQualifiedName());
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  private static boolean harmless(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    try {
      ResolvedMethodDeclaration m = call.resolve();
      // String.valueOf(o) and the like call o's methods: only value arguments keep user code out.
      if (VALUE_CLASSES.contains(m.declaringType().getQualifiedName())) {
        return call.getArguments().stream().allMatch(ListLoops::valueTyped);
      }
      if (scope.isEmpty() || !(scope.get() instanceof NameExpr receiver)) return false;
      return freshLocal(receiver) || isGetOfLoopList(call);
    } catch (RuntimeException | StackOverflowError e) {
      // Unresolvable: it could be anything.
      return false;
    }
  }

  /** The loop's own {@code list.get(i)}: reading does not change the list. */
  private static boolean isGetOfLoopList(MethodCallExpr call) {
    return call.getNameAsString().equals("get") && call.getParentNode().filter(p -> p instanceof VariableDeclarator).isPresent();
  }

  /** A local initialised with {@code new} and never assigned again: a fresh object, never the list. */
  private static boolean freshLocal(NameExpr n) {
    ResolvedValueDeclaration d = n.resolve();
    if (d.isField() || d.isParameter() || !d.isVariable()) return false;
    // The solver hands back the whole declaration expression for a local.
    Optional<VariableDeclarator> decl = d.toAst().flatMap(a -> a instanceof VariableDeclarator v ? Optional.of(v)
        : a.findFirst(VariableDeclarator.class, v -> v.getNameAsString().equals(n.getNameAsString())));
    if (decl.isEmpty()) return false;
    VariableDeclarator v = decl.get();
    if (!v.getInitializer().filter(i -> i instanceof ObjectCreationExpr oc && oc.getAnonymousClassBody().isEmpty()).isPresent()) {
      return false;
    }
    Node method = v;
    while (method.getParentNode().isPresent() && !(method instanceof com.github.javaparser.ast.body.CallableDeclaration<?>)) {
      method = method.getParentNode().get();
    }
    return !Variables.isWrittenIn(method, n.getNameAsString());
  }

  private static boolean jdkListLocal(NameExpr list) {
    try {
      ResolvedValueDeclaration d = list.resolve();
      if (d.isField() || !(d.isVariable() || d.isParameter())) return false;
      ResolvedType t = d.getType();
      if (!t.isReferenceType() || !TypeConstraint.isJdk(t.asReferenceType().getQualifiedName())) return false;
      return t.asReferenceType().getQualifiedName().equals("java.util.List")
          || t.asReferenceType().getAllAncestors().stream().anyMatch(a -> a.getQualifiedName().equals("java.util.List"));
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }
}
