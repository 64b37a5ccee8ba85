package dev.flamefix.optimizer.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import dev.flamefix.optimizer.target.JavaSources;
import org.junit.jupiter.api.Test;

/** Which method references in stream predicate stages are viewed as lambdas, and as which lambda. */
class MethodReferencesTest {
  static final String SOURCE = """
      import java.util.*;
      import java.util.stream.*;
      class Quay {
        boolean heavy(String s) { return s.length() > 3; }
      }
      class Terminal extends Quay {
        String dock = "D1";
        boolean heavy(String s) { return false; }
        boolean booked(String s) { return s.startsWith("B"); }
        static boolean oversize(String s) { return s.length() > 8; }
        static boolean mixed(String s) { return true; }
        boolean mixed() { return false; }
        static boolean wide(String s, int limit) { return s.length() > limit; }
        boolean lane(int axles) { return axles > 2; }
        private boolean hidden() { return false; }
        long board(List<String> cars, String wanted, int[] axles, List<Terminal> peers) {
          Set<String> seen = new HashSet<>(cars);
          String label = wanted.trim();
          Set<String> later = new HashSet<>();
          later = new TreeSet<>();
          long n = 0;
          n += cars.stream().filter(this::booked).count();
          n += cars.stream().filter(super::heavy).count();
          n += cars.stream().filter(Terminal::oversize).count();
          n += cars.stream().filter(String::isEmpty).count();
          n += cars.stream().filter("VAN"::equals).count();
          n += cars.stream().filter(seen::contains).count();
          n += IntStream.of(axles).filter(this::lane).count();
          n += cars.stream().filter(wanted::equals).count();
          n += cars.stream().filter(dock::equals).count();
          n += cars.stream().filter(label::equals).count();
          n += cars.stream().filter(later::contains).count();
          n += cars.stream().filter(Terminal::mixed).count();
          n += peers.stream().filter(Terminal::hidden).count();
          n += cars.stream().map(String::trim).filter(c -> !c.isEmpty()).count();
          n += cars.stream().sorted(Comparator.comparing(String::length)).count();
          return n;
        }
      }
      """;

  static MethodDeclaration board(CompilationUnit cu) {
    return cu.findFirst(MethodDeclaration.class, m -> m.getNameAsString().equals("board")).orElseThrow();
  }

  @Test
  void exactReferencesBecomeLambdasAndOthersStay() {
    CompilationUnit cu = JavaSources.parse(SOURCE, "Terminal.java");
    MethodDeclaration m = board(cu);
    RecipeContext ctx = new RecipeContext(cu, (TypeDeclaration<?>) m.getParentNode().orElseThrow());
    MethodReferences refs = MethodReferences.toLambdas(m, ctx);
    assertThat(refs.lambdas()).map(l -> l.toString().replaceAll("item\\d*", "p")).containsExactly(
        "p -> this.booked(p)",
        "p -> super.heavy(p)",
        "p -> Terminal.oversize(p)",
        "p -> p.isEmpty()",
        "p -> \"VAN\".equals(p)",
        "p -> seen.contains(p)",
        "p -> this.lane(p)");
    // Parameter, field, possibly-null local, reassigned local, mixed static/instance, private, non-predicate stages.
    assertThat(m.toString()).contains("wanted::equals", "dock::equals", "label::equals", "later::contains",
        "Terminal::mixed", "Terminal::hidden", "String::trim", "String::length");
    assertThat(m.findAll(LambdaExpr.class)).hasSize(8);
  }

  @Test
  void restoreGivesBackEveryUnchangedReference() {
    CompilationUnit cu = JavaSources.parse(SOURCE, "Terminal.java");
    String before = cu.toString();
    MethodDeclaration m = board(cu);
    RecipeContext ctx = new RecipeContext(cu, (TypeDeclaration<?>) m.getParentNode().orElseThrow());
    MethodReferences refs = MethodReferences.toLambdas(m, ctx);
    assertThat(cu.toString()).isNotEqualTo(before);
    refs.restore(cu);
    assertThat(cu.toString()).isEqualTo(before);
  }
}
