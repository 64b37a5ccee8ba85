package dev.flamefix.optimizer.template;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import dev.flamefix.kb.ast.Loops;
import dev.flamefix.kb.ast.Variables;
import java.util.List;
import java.util.Optional;

/**
 * Reads an index loop over an array as the for-each it is equivalent to, so a for-each pattern
 * matches it: {@code for (int i = 0; i < a.length; i++) { E x = a[i]; rest }} is, by JLS 14.14.2,
 * {@code for (E x : a) { rest }} when {@code a} is a local or parameter of array type the body never
 * assigns (the for-each reads it once), {@code i} is used only in {@code a[i]} and {@code x} is only
 * read. The same holds for {@code for (int i = 0; i < list.size(); i++) { E x = list.get(i); rest }}
 * when nothing in the body can change the list ({@link ListLoops}): a for-each iterates with an
 * iterator, which differs from {@code get(i)} only when the list is modified during the loop.
 *
 * @param element the element variable's declarator ({@code E x = a[i]})
 * @param array the array or list variable ({@code a})
 * @param rest the body's statements after the element's declaration
 */
record IndexLoops(VariableDeclarator element, NameExpr array, List<Statement> rest) {

  /** The for-each reading of {@code loop}, or empty when it is not exactly such a loop. */
  static Optional<IndexLoops> asForEach(ForStmt loop) {
    if (loop.getInitialization().size() != 1 || loop.getUpdate().size() != 1) return Optional.empty();
    if (!(loop.getInitialization().get(0) instanceof VariableDeclarationExpr init) || init.getVariables().size() != 1) {
      return Optional.empty();
    }
    VariableDeclarator index = init.getVariable(0);
    String i = index.getNameAsString();
    if (!index.getType().asString().equals("int")
        || !index.getInitializer().filter(e -> e instanceof IntegerLiteralExpr l && l.getValue().equals("0")).isPresent()) {
      return Optional.empty();
    }
    if (!(loop.getCompare().orElse(null) instanceof BinaryExpr cmp) || cmp.getOperator() != BinaryExpr.Operator.LESS
        || !isName(cmp.getLeft(), i)) {
      return Optional.empty();
    }
    // a.length bounds an array; list.size() a list (ListLoops says when the list cannot change).
    boolean isList = cmp.getRight() instanceof MethodCallExpr size && size.getNameAsString().equals("size")
        && size.getArguments().isEmpty() && size.getScope().filter(sc -> sc instanceof NameExpr).isPresent();
    NameExpr array;
    if (isList) {
      array = (NameExpr) ((MethodCallExpr) cmp.getRight()).getScope().get();
    } else if (cmp.getRight() instanceof FieldAccessExpr len && len.getNameAsString().equals("length")
        && len.getScope() instanceof NameExpr a) {
      array = a;
    } else {
      return Optional.empty();
    }
    if (!Loops.incrementsByOne(loop.getUpdate().get(0), i) || !(loop.getBody() instanceof BlockStmt body) || body.getStatements().isEmpty()) {
      return Optional.empty();
    }
    if (!(body.getStatement(0) instanceof ExpressionStmt first) || !(first.getExpression() instanceof VariableDeclarationExpr decl)
        || decl.getVariables().size() != 1) {
      return Optional.empty();
    }
    VariableDeclarator element = decl.getVariable(0);
    java.util.function.Predicate<Expression> read = isList
        ? e -> e instanceof MethodCallExpr get && get.getNameAsString().equals("get") && get.getArguments().size() == 1
            && isName(get.getArgument(0), i) && get.getScope().filter(sc -> isName(sc, array.getNameAsString())).isPresent()
        : e -> e instanceof ArrayAccessExpr aa && isName(aa.getName(), array.getNameAsString()) && isName(aa.getIndex(), i);
    if (!element.getInitializer().filter(read).isPresent()) {
      return Optional.empty();
    }
    String a = array.getNameAsString();
    String x = element.getNameAsString();
    if (Variables.uses(body, i).size() != 1 || Variables.isWrittenIn(body, a) || Variables.isWrittenIn(body, x)
        || !(isList ? ListLoops.unchangedIn(array, body) : localArray(array))) {
      return Optional.empty();
    }
    NodeList<Statement> stmts = body.getStatements();
    return Optional.of(new IndexLoops(element, array, stmts.subList(1, stmts.size())));
  }

  private static boolean isName(Expression e, String name) {
    return e instanceof NameExpr n && n.getNameAsString().equals(name);
  }


  /** A local or parameter of array type: a field could be reassigned by a call in the body. */
  private static boolean localArray(NameExpr array) {
    try {
      ResolvedValueDeclaration d = array.resolve();
      return !d.isField() && (d.isVariable() || d.isParameter()) && d.getType().isArray();
    } catch (RuntimeException | StackOverflowError ex) {
      return false;
    }
  }
}
