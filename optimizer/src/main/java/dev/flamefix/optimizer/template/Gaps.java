package dev.flamefix.optimizer.template;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Context statements allowed between the statements a multi-statement template matches. A gap may
 * be moved in front of the rewrite, so it must commute with every matched statement: it declares
 * or assigns primitive locals only, from side-effect-free expressions ({@link ExpressionHoles#pureShape}:
 * no calls, no fields, nothing that can throw), and no name it reads, writes or declares occurs in
 * the matched statements (data flow by name, as {@code dev.flamefix.kb.ast.Variables} compares them).
 */
final class Gaps {
  /** At most this many gap statements per match, so a template tries each position in bounded time. */
  static final int MAX = 3;

  private Gaps() {}

  /** Whether {@code s} has an allowed shape for a gap (the data-flow part is {@link #independent}). */
  static boolean candidate(Statement s) {
    if (s instanceof EmptyStmt) return true;
    if (!(s instanceof ExpressionStmt es)) return false;
    if (es.getExpression() instanceof VariableDeclarationExpr decl) {
      return decl.getVariables().stream().allMatch(v -> (v.getType().isPrimitiveType()
          || v.getType().isVarType() && v.getInitializer().isPresent())
          && v.getInitializer().map(ExpressionHoles::pureShape).orElse(true)
          && (!v.getType().isVarType() || v.getInitializer().filter(i -> primitive(i)).isPresent()));
    }
    if (es.getExpression() instanceof AssignExpr a && a.getTarget() instanceof NameExpr target) {
      // x /= 0 throws: only operators that cannot.
      boolean safe = switch (a.getOperator()) {
        case DIVIDE, REMAINDER -> false;
        default -> true;
      };
      return safe && ExpressionHoles.pureShape(target) && ExpressionHoles.pureShape(a.getValue());
    }
    return false;
  }

  private static boolean primitive(com.github.javaparser.ast.expr.Expression e) {
    try {
      return e.calculateResolvedType().isPrimitive();
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }

  /** Whether no name of any gap occurs in the matched statements. */
  static boolean independent(List<Statement> gaps, List<Statement> matched) {
    if (gaps.isEmpty()) return true;
    Set<String> used = names(matched);
    return names(gaps).stream().noneMatch(used::contains);
  }

  private static Set<String> names(List<Statement> statements) {
    Set<String> out = new HashSet<>();
    for (Node s : statements) {
      s.findAll(NameExpr.class).forEach(n -> out.add(n.getNameAsString()));
      s.findAll(VariableDeclarator.class).forEach(v -> out.add(v.getNameAsString()));
      s.findAll(Parameter.class).forEach(p -> out.add(p.getNameAsString()));
    }
    return out;
  }
}
