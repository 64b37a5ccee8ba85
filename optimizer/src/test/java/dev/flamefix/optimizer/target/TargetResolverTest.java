package dev.flamefix.optimizer.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TargetResolverTest {
  static final Path ROOT = Path.of("src/test/resources/sources");
  static final String SVC = "com.acme.inventory.InventoryService";
  final TargetResolver resolver = new TargetResolver(ROOT);

  @Test
  void findsAMethodByClassAndName() {
    ResolvedTarget t = resolver.resolve(SVC + "#stockReport");
    assertThat(t.method().getNameAsString()).isEqualTo("stockReport");
    assertThat(t.file()).isEqualTo(ROOT.resolve("com/acme/inventory/InventoryService.java"));
    assertThat(t.source()).contains("public class InventoryService");
    assertThat(t.signature()).isEqualTo("stockReport(String)");
  }

  @Test
  void findsMethodsOfNestedClassesWrittenWithDollarOrDot() {
    assertThat(resolver.resolve(SVC + "$Warehouse#adjust").method().getParentNode().map(Object::toString).orElse(""))
        .contains("final class Warehouse");
    assertThat(resolver.resolve(SVC + ".Tally#add").signature()).isEqualTo("add(K, long)");
  }

  @Test
  void ambiguousOverloadListsEveryOverload() {
    assertThatThrownBy(() -> resolver.resolve(SVC + "#price"))
        .isInstanceOf(TargetResolutionException.class)
        .hasMessageContaining("ambiguous target")
        .hasMessageContaining("3 overloads")
        .hasMessageContaining("price(List), price(List, PriceMode), price(List, Predicate, int)")
        .hasMessageContaining("e.g. " + SVC + "#price(List)");
  }

  @Test
  void aParameterListPicksOneOverloadWithQualifiedOrSimpleOrGenericTypes() {
    assertThat(resolver.resolve(SVC + "#price(java.util.List)").signature()).isEqualTo("price(List)");
    assertThat(resolver.resolve(SVC + "#price(java.util.List<Line>,com.acme.inventory.InventoryService$PriceMode)").signature())
        .isEqualTo("price(List, PriceMode)");
    assertThat(resolver.resolve(SVC + "#price(List, Predicate, int)").signature()).isEqualTo("price(List, Predicate, int)");
  }

  @Test
  void unknownOverloadSaysWhichExist() {
    assertThatThrownBy(() -> resolver.resolve(SVC + "#price(int)"))
        .isInstanceOf(TargetResolutionException.class)
        .hasMessageContaining("unknown overload")
        .hasMessageContaining("takes (int)")
        .hasMessageContaining("price(List, PriceMode)");
  }

  @Test
  void unknownMethodClassAndNestedClass() {
    assertThatThrownBy(() -> resolver.resolve(SVC + "#nope"))
        .hasMessageContaining("unknown method").hasMessageContaining("no method named 'nope'").hasMessageContaining("stockReport(String)");
    assertThatThrownBy(() -> resolver.resolve("com.acme.inventory.Nope#f"))
        .isInstanceOf(TargetResolutionException.class).hasMessageContaining("unknown class com.acme.inventory.Nope");
    assertThatThrownBy(() -> resolver.resolve(SVC + "$Nope#f"))
        .hasMessageContaining("has no nested type 'Nope'").hasMessageContaining("Warehouse");
  }

  @Test
  void unparsableSourceIsReportedWithTheFile() {
    assertThatThrownBy(() -> resolver.resolve("com.acme.broken.Broken#f"))
        .isInstanceOf(TargetResolutionException.class)
        .hasMessageContaining("cannot parse")
        .hasMessageContaining("Broken.java");
  }

  @Test
  void singleFileAndMalformedSpecs() {
    ResolvedTarget t = new TargetResolver(ROOT.resolve("com/acme/inventory/InventoryService.java")).resolve(SVC + "#topSkus");
    assertThat(t.sourceRoot()).isNull();
    assertThat(t.method().getNameAsString()).isEqualTo("topSkus");
    assertThatThrownBy(() -> resolver.resolve("InventoryService")).hasMessageContaining("must look like com.acme.Foo#bar");
    assertThatThrownBy(() -> resolver.resolve(SVC + "#price(int")).hasMessageContaining("unclosed parameter list");
    assertThatThrownBy(() -> new TargetResolver(Path.of("no/such/dir"))).hasMessageContaining("does not exist");
  }
}
