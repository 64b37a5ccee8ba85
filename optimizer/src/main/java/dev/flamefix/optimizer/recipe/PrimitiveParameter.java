package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import java.util.Optional;

/**
 * Is an argument bound to a primitive parameter? Then passing a primitive instead of its boxed
 * value selects the same overload and the callee sees the same value (it unboxed it anyway).
 */
final class PrimitiveParameter {
  private PrimitiveParameter() {}

  /** True only when the symbol solver (or a record declared in the same file) proves it. */
  static boolean bindsPrimitive(Expression arg) {
    Optional<Node> parent = arg.getParentNode();
    if (parent.isEmpty()) return false;
    try {
      if (parent.get() instanceof MethodCallExpr c) {
        int i = c.getArguments().indexOf(arg);
        return i >= 0 && primitiveAt(c.resolve(), i);
      }
      if (parent.get() instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isEmpty()) {
        int i = o.getArguments().indexOf(arg);
        if (i < 0) return false;
        Optional<Boolean> record = recordComponent(o, i);
        if (record.isPresent()) return record.get();
        return primitiveAt(o.resolve(), i);
      }
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
    return false;
  }

  private static boolean primitiveAt(ResolvedMethodLikeDeclaration m, int i) {
    if (i >= m.getNumberOfParams()) return false;
    if (m.hasVariadicParameter() && i >= m.getNumberOfParams() - 1) return false;
    return m.getParam(i).getType().isPrimitive();
  }

  /**
   * A record of this file with exactly the argument count and no other constructor of that arity
   * is built through its canonical constructor; its component type decides.
   */
  private static Optional<Boolean> recordComponent(ObjectCreationExpr o, int i) {
    String name = o.getType().getNameAsString();
    return o.findCompilationUnit().flatMap(cu -> cu.findFirst(RecordDeclaration.class, r -> r.getNameAsString().equals(name)))
        .filter(r -> r.getParameters().size() == o.getArguments().size())
        .filter(r -> r.getConstructors().stream().noneMatch(c -> c.getParameters().size() == o.getArguments().size()))
        .map(r -> r.getParameter(i).getType().isPrimitiveType());
  }
}
