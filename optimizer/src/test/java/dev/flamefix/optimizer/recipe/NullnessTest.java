package dev.flamefix.optimizer.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.flamefix.optimizer.target.JavaSources;
import org.junit.jupiter.api.Test;

/** The one answer the recipes share to "can this value be null?" (never null only when proven). */
class NullnessTest {
  static final String SOURCE = """
      import java.util.*;
      class Ferry {
        record Berth(String deck, int metres) {}
        static class Plain { int metres; int metres() { return metres; } }
        record Checked(String deck, int metres) {
          public int metres() { if (metres < 0) throw new IllegalStateException(); return metres; }
        }

        private final List<Berth> fixed = List.of(new Berth("a", 4));
        private final List<Berth> copied;
        private final List<Berth> mixed;
        private List<Berth> reassignable = List.of();
        private final List<Berth> arrayList = new ArrayList<>();

        Ferry(Collection<Berth> berths, boolean flag) {
          copied = List.copyOf(berths);
          mixed = flag ? List.copyOf(berths) : List.of();
          if (flag) reassignable = new ArrayList<>(berths);
        }

        Object literal() { return "deck"; }
        Object concatenated(Object o) { return "deck " + o; }
        Object trimmed(String s) { return s.trim(); }
        Object both(boolean b, String s) { return b ? "x" : s.strip(); }
        Object either(boolean b, String s) { return b ? "x" : s; }
        Object primitive(int n) { return n; }
        Object boxedCast(Object o) { return (Integer) o; }
        Object parameter(String s) { return s; }
        Object nullLiteral() { return null; }
        Object local(String s) { String t = s.trim(); String u = t; return u; }
        Object rewritten(String s) { String t = "x"; t = s; return t; }

        Object field() { return fixed; }
        Object thisField() { return this.copied; }
        Object conditionalCreation() { return mixed; }
        Object nonFinal() { return reassignable; }
        Object notImmutable() { return arrayList; }
        Object localCopy(List<Berth> in) { List<Berth> snapshot = List.copyOf(in); return snapshot; }
        Object localWritten(List<Berth> in) { List<Berth> snapshot = List.copyOf(in); snapshot = in; return snapshot; }
        Object parameterList(List<Berth> in) { return in; }

        int implicit(Berth b) { return b.metres(); }
        int explicit(Checked c) { return c.metres(); }
        String reference(Berth b) { return b.deck(); }
        int plain(Plain p) { return p.metres(); }
      }
      """;

  static final CompilationUnit CU = JavaSources.parse(SOURCE, "Ferry.java");

  static MethodDeclaration method(String name) {
    return CU.findFirst(MethodDeclaration.class, m -> m.getNameAsString().equals(name)).orElseThrow();
  }

  static Expression returned(String name) {
    return method(name).findFirst(ReturnStmt.class).flatMap(ReturnStmt::getExpression).orElseThrow();
  }

  static boolean neverNull(String name) {
    return Nullness.neverNull(returned(name), method(name));
  }

  static boolean nullFree(String name) {
    return Nullness.nullFreeElements(returned(name), method(name));
  }

  @Test
  void valuesProvenNeverNull() {
    assertThat(neverNull("literal")).isTrue();
    assertThat(neverNull("concatenated")).isTrue();
    assertThat(neverNull("trimmed")).as("String methods never return null").isTrue();
    assertThat(neverNull("both")).isTrue();
    assertThat(neverNull("primitive")).isTrue();
    assertThat(neverNull("local")).as("followed through unwritten locals").isTrue();
  }

  @Test
  void valuesThatMayBeNull() {
    assertThat(neverNull("either")).isFalse();
    assertThat(neverNull("boxedCast")).isFalse();
    assertThat(neverNull("parameter")).isFalse();
    assertThat(neverNull("nullLiteral")).isFalse();
    assertThat(neverNull("rewritten")).as("a local written after its declaration").isFalse();
  }

  @Test
  void collectionsThatOnlyEverHoldImmutableCopies() {
    assertThat(nullFree("field")).isTrue();
    assertThat(nullFree("thisField")).isTrue();
    assertThat(nullFree("localCopy")).isTrue();
    assertThat(nullFree("conditionalCreation")).as("either branch is an immutable copy").isTrue();
  }

  @Test
  void collectionsThatMayHoldNullElements() {
    assertThat(nullFree("nonFinal")).isFalse();
    assertThat(nullFree("notImmutable")).isFalse();
    assertThat(nullFree("localWritten")).isFalse();
    assertThat(nullFree("parameterList")).isFalse();
  }

  @Test
  void implicitRecordAccessorsAreComponentsButCheckedOnesAreNot() {
    MethodCallExpr implicit = (MethodCallExpr) returned("implicit");
    assertThat(Nullness.recordComponent(implicit)).contains("int");
    assertThat(Nullness.recordComponent((MethodCallExpr) returned("reference"))).contains("java.lang.String");
    assertThat(Nullness.recordComponent((MethodCallExpr) returned("explicit"))).isEmpty();
    assertThat(Nullness.recordComponent((MethodCallExpr) returned("plain"))).as("a getter a subclass may override").isEmpty();
  }
}
