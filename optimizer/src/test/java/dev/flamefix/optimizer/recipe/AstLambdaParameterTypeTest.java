package dev.flamefix.optimizer.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.NameExpr;
import dev.flamefix.optimizer.target.JavaSources;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JLS 9.9: an implicitly typed lambda parameter has the functional interface's parameter type, not a wildcard. */
class AstLambdaParameterTypeTest {
  static final String SOURCE = """
      import java.util.*;
      import java.util.function.*;
      class Kiln {
        Object fire(List<String> glazes, List<? super String> sink) {
          glazes.stream().allMatch(superBound -> superBound.isEmpty());
          Function<? extends Number, String> f = extendsBound -> String.valueOf(extendsBound);
          Function<?, String> g = unbounded -> String.valueOf(unbounded);
          Predicate<String> explicit = (String typed) -> typed.isEmpty();
          Object fromSink = sink.get(0);
          return sink;
        }
      }
      """;

  static NameExpr use(CompilationUnit cu, String name) {
    return cu.findFirst(NameExpr.class, n -> n.getNameAsString().equals(name)).orElseThrow();
  }

  @Test
  void wildcardsOfImplicitLambdaParametersAreReplacedByTheirBound() {
    CompilationUnit cu = JavaSources.parse(SOURCE, "Kiln.java");
    assertThat(Ast.typeOf(use(cu, "superBound"))).contains("java.lang.String");
    assertThat(Ast.isString(use(cu, "superBound"))).isTrue();
    assertThat(Ast.declaredType(use(cu, "superBound"))).contains("java.lang.String");
    assertThat(Ast.resolvedType(use(cu, "superBound")).describe()).isEqualTo("java.lang.String");
    assertThat(Ast.typeOf(use(cu, "extendsBound"))).contains("java.lang.Number");
    assertThat(Ast.typeOf(use(cu, "unbounded"))).contains("java.lang.Object");
    assertThat(Ast.typeOf(use(cu, "typed"))).contains("java.lang.String");
  }

  @Test
  void otherWildcardsStayUnknown() {
    CompilationUnit cu = JavaSources.parse(SOURCE, "Kiln.java");
    // sink.get(0) is a capture bounded by Object, not a String: it must not be reported as one.
    var get = cu.findFirst(com.github.javaparser.ast.expr.MethodCallExpr.class, c -> c.getNameAsString().equals("get")).orElseThrow();
    assertThat(Ast.typeOf(get)).isNotEqualTo(Optional.of("java.lang.String"));
    assertThat(Ast.isString(get)).isFalse();
  }
}
