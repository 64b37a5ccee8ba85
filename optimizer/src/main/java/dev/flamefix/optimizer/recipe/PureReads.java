package dev.flamefix.optimizer.recipe;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import dev.flamefix.kb.ast.Variables;
import java.util.Optional;

/**
 * Expressions that read state without changing it, so evaluating them once instead of several
 * times (with nothing else running in between) gives the same value: literals, variables not
 * written in a given scope, and chains of accessors — a record's implicit component accessor, or a
 * no-argument method of the project whose body is just {@code return field;}. Decided with the
 * symbol solver; anything it cannot resolve is not pure.
 */
final class PureReads {
  private static final String IMPLICIT_RECORD_ACCESSOR = "ImplicitGetterMethod";

  private PureReads() {}

  /** Is {@code e} a pure read whose variables are not written inside {@code scope}? */
  static boolean isPure(Expression e, Node scope) {
    Expression x = Ast.unwrap(e);
    if (x instanceof LiteralExpr || x instanceof ThisExpr) return true;
    if (x instanceof NameExpr n) return !Variables.isWrittenIn(scope, n.getNameAsString());
    if (x instanceof FieldAccessExpr f) return isPure(f.getScope(), scope);
    if (x instanceof MethodCallExpr c && c.getArguments().isEmpty() && c.getScope().isPresent()) {
      return isPure(c.getScope().get(), scope) && isAccessor(c);
    }
    return false;
  }

  /**
   * A call that reads a record component through its accessor: no effect, no exception on a
   * non-null record, never overridden (records are final). The solver resolves {@code r.c()} to
   * the implicit accessor even when the record declares {@code c()} itself, so a record declared
   * in source is also read: an explicit accessor counts only when it just returns the component.
   */
  static boolean isRecordAccessor(MethodCallExpr c) {
    try {
      ResolvedMethodDeclaration d = c.resolve();
      if (!d.getClass().getSimpleName().equals(IMPLICIT_RECORD_ACCESSOR)) return false;
      Optional<Node> record = d.declaringType().toAst();
      if (record.isEmpty()) return true;
      if (!(record.get() instanceof com.github.javaparser.ast.body.RecordDeclaration r)) return false;
      return r.getMethodsBySignature(c.getNameAsString()).stream().allMatch(m -> returnsField(m, c.getNameAsString()));
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  /** An accessor whose body is just {@code return f;} or {@code return this.f;}. */
  static boolean returnsField(MethodDeclaration accessor, String field) {
    var body = accessor.getBody().orElse(null);
    if (body == null || accessor.isSynchronized() || body.getStatements().size() != 1 || !(body.getStatement(0) instanceof ReturnStmt r)) {
      return false;
    }
    Expression v = r.getExpression().map(Ast::unwrap).orElse(null);
    return v instanceof NameExpr n && n.getNameAsString().equals(field)
        || v instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr && f.getNameAsString().equals(field);
  }

  /** A call that resolves to a record component accessor or a plain getter ({@code return f;}). */
  static boolean isAccessor(MethodCallExpr c) {
    ResolvedMethodDeclaration d;
    try {
      d = c.resolve();
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
    return isAccessor(d);
  }

  /** A record component accessor or a plain getter ({@code return f;}), by its resolved declaration. */
  static boolean isAccessor(ResolvedMethodDeclaration d) {
    if (d.getClass().getSimpleName().equals(IMPLICIT_RECORD_ACCESSOR)) return true;
    Optional<MethodDeclaration> ast = d.toAst(MethodDeclaration.class);
    if (ast.isEmpty() || ast.get().getBody().isEmpty() || ast.get().isSynchronized()) return false;
    var statements = ast.get().getBody().get().getStatements();
    if (statements.size() != 1 || !(statements.get(0) instanceof ReturnStmt r) || r.getExpression().isEmpty()) return false;
    Expression v = r.getExpression().get();
    if (v instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) return true;
    if (!(v instanceof NameExpr n)) return false;
    try {
      return n.resolve().isField();
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }
}
