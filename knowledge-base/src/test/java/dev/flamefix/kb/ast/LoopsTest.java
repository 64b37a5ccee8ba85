package dev.flamefix.kb.ast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import org.junit.jupiter.api.Test;

class LoopsTest {

  private static MethodDeclaration method(String code) {
    return StaticJavaParser.parseMethodDeclaration(code);
  }

  private static MethodCallExpr call(Node scope, String name) {
    return scope.findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals(name)).orElseThrow();
  }

  @Test
  void theFourLoopStatementsAreLoopsAndNothingElseIs() {
    MethodDeclaration m = method("""
        void m(int[] a) {
          for (int i = 0; i < 3; i++) {}
          for (int x : a) {}
          while (a.length > 9) {}
          do {} while (false);
          if (a != null) {}
          Runnable r = () -> {};
        }""");
    assertThat(m.findAll(Node.class, Loops::isLoop)).hasSize(4);
    assertThat(Loops.isLoop(m.getBody().orElseThrow())).isFalse();
  }

  @Test
  void bodyIsTheRepeatedStatementAndNonLoopsAreRejected() {
    MethodDeclaration m = method("void m() { while (true) work(); }");
    WhileStmt loop = m.findFirst(WhileStmt.class).orElseThrow();
    assertThat(Loops.body(loop)).hasToString("work();");
    assertThatThrownBy(() -> Loops.body(m.getBody().orElseThrow())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void enclosingFindsTheNearestLoopAndOutermostTheFarthestBelowTheStop() {
    MethodDeclaration m = method("""
        void m(int[][] g) {
          for (int[] row : g) {
            for (int v : row) { use(v); }
          }
        }""");
    MethodCallExpr use = call(m, "use");
    ForEachStmt outer = m.findAll(ForEachStmt.class).get(0);
    ForEachStmt inner = m.findAll(ForEachStmt.class).get(1);
    assertThat(Loops.enclosing(use)).containsSame(inner);
    assertThat(Loops.enclosing(use, inner)).isEmpty();
    assertThat(Loops.outermost(use, m)).containsSame(outer);
    assertThat(Loops.outermost(use, outer)).containsSame(inner);
    assertThat(Loops.enclosing(outer)).isEmpty();
  }

  @Test
  void depthCountsTheLoopsThatRepeatANodeButNotTheirOnceOnlyParts() {
    MethodDeclaration m = method("""
        void m(java.util.List<int[]> rows) {
          for (int i = init(); i < 3; i++) {
            for (int[] r : source()) { body(); }
            while (cond()) { inner(); }
          }
          after();
        }""");
    assertThat(Loops.depth(call(m, "after"))).isZero();
    assertThat(Loops.depth(call(m, "init"))).as("for initialisation runs once").isZero();
    assertThat(Loops.depth(call(m, "source"))).as("for-each iterable runs once per outer iteration").isEqualTo(1);
    assertThat(Loops.depth(call(m, "body"))).isEqualTo(2);
    assertThat(Loops.depth(call(m, "cond"))).as("a while condition runs per iteration").isEqualTo(2);
    assertThat(Loops.depth(m.findFirst(ForStmt.class).orElseThrow())).as("a loop's own depth").isZero();
  }

  @Test
  void aNameIsInvariantOnlyIfTheLoopNeitherDeclaresNorWritesIt() {
    MethodDeclaration m = method("""
        void m(int n, int k, int step, int[] a) {
          for (int i = 0; i < n; i++) {
            int local = a[i] * k;
            step += -n;
            a[i] = !flag ? local : 0;
            list.forEach(e -> use(e));
          }
        }""");
    ForStmt loop = m.findFirst(ForStmt.class).orElseThrow();
    assertThat(Loops.isInvariant("n", loop)).as("only negated, never written").isTrue();
    assertThat(Loops.isInvariant("k", loop)).isTrue();
    assertThat(Loops.isInvariant("a", loop)).as("an element write leaves the array reference alone").isTrue();
    assertThat(Loops.isInvariant("flag", loop)).isTrue();
    assertThat(Loops.isInvariant("i", loop)).as("loop variable").isFalse();
    assertThat(Loops.isInvariant("local", loop)).as("declared in the loop").isFalse();
    assertThat(Loops.isInvariant("step", loop)).as("compound assignment").isFalse();
    assertThat(Loops.isInvariant("e", loop)).as("lambda parameter inside the loop").isFalse();
  }
}
