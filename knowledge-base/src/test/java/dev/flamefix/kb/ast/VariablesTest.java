package dev.flamefix.kb.ast;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariablesTest {

  private static MethodDeclaration method(String code) {
    return StaticJavaParser.parseMethodDeclaration(code);
  }

  @Test
  void usesAreEveryNameExprSpellingTheName() {
    MethodDeclaration m = method("int m(int x) { int y = x + 1; return x * y + this.x; }");
    assertThat(Variables.uses(m, "x")).hasSize(2);
    assertThat(Variables.uses(m, "y")).hasSize(1);
    assertThat(Variables.uses(m, "z")).isEmpty();
  }

  @Test
  void writesAreAssignmentTargetsAndIncrementsNotOtherUnaryOperators() {
    MethodDeclaration m = method("""
        void m() {
          a = 1; b += 2; c++; --d;
          use(-e, !f, ~g, +h, i);
          j[0] = 1;
          k = l;
        }""");
    List<String> written = m.findAll(NameExpr.class).stream()
        .filter(Variables::isWrite).map(NameExpr::getNameAsString).toList();
    assertThat(written).containsExactlyInAnyOrder("a", "b", "c", "d", "k");
    assertThat(Variables.isWrittenIn(m, "a")).isTrue();
    assertThat(Variables.isWrittenIn(m, "e")).isFalse();
    assertThat(Variables.isWrittenIn(m, "j")).as("element write").isFalse();
    assertThat(Variables.isWrittenIn(m, "l")).isFalse();
  }

  @Test
  void declarationsIncludeLocalsLoopVariablesAndEveryKindOfParameter() {
    MethodDeclaration m = method("""
        void m(int p) {
          int local = 0;
          for (String s : list) {}
          run(q -> q);
          try { } catch (RuntimeException ex) { }
        }""");
    assertThat(List.of("p", "local", "s", "q", "ex")).allMatch(n -> Variables.isDeclaredIn(m, n));
    assertThat(Variables.isDeclaredIn(m, "list")).isFalse();
    assertThat(Variables.isDeclaredIn(m.getBody().orElseThrow(), "p")).as("parameter is outside the body").isFalse();
  }

  @Test
  void uniqueLocalIsTheOnlyDeclarationOfANameThatIsNeitherParameterNorField() {
    CompilationUnit cu = StaticJavaParser.parse("""
        class C {
          int field;
          void m(int param) {
            int once = 1;
            int field = 2;
            Runnable r = () -> { int inner = 0; };
          }
          void o() { int dup = 0; { int dup2 = 1; } { int dup = 1; } }
        }""");
    MethodDeclaration m = cu.findFirst(MethodDeclaration.class, d -> d.getNameAsString().equals("m")).orElseThrow();
    MethodDeclaration o = cu.findFirst(MethodDeclaration.class, d -> d.getNameAsString().equals("o")).orElseThrow();
    assertThat(Variables.uniqueLocal(m, "once")).hasValueSatisfying(v -> assertThat(v).hasToString("once = 1"));
    assertThat(Variables.uniqueLocal(m, "inner")).as("declared once, in a lambda").isPresent();
    assertThat(Variables.uniqueLocal(m, "param")).isEmpty();
    assertThat(Variables.uniqueLocal(m, "field")).as("shadows a field").isEmpty();
    assertThat(Variables.uniqueLocal(m, "missing")).isEmpty();
    assertThat(Variables.uniqueLocal(o, "dup")).as("declared twice").isEmpty();
  }

  @Test
  void shadowsFieldLooksThroughEveryEnclosingType() {
    CompilationUnit cu = StaticJavaParser.parse("""
        class Outer {
          int count;
          class Inner { void m() { int total = count; } }
        }""");
    NameExpr count = cu.findFirst(NameExpr.class).orElseThrow();
    assertThat(Variables.shadowsField(count, "count")).isTrue();
    assertThat(Variables.shadowsField(count, "total")).isFalse();
  }
}
