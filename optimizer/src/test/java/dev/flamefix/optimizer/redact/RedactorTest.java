package dev.flamefix.optimizer.redact;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.comments.Comment;
import dev.flamefix.optimizer.context.ContextExtractor;
import dev.flamefix.optimizer.target.ResolvedTarget;
import dev.flamefix.optimizer.target.TargetResolver;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  final Redactor redactor = new Redactor();

  String context(Path root, String target) {
    ResolvedTarget t = new TargetResolver(root).resolve(target);
    return new ContextExtractor().extract(t.source(), List.of(t.method())).code();
  }

  static String withoutComments(String code) {
    CompilationUnit cu = StaticJavaParser.parse(code);
    cu.getAllContainedComments().forEach(Comment::remove);
    cu.getTypes().forEach(t -> t.getComment().ifPresent(c -> t.removeComment()));
    return cu.toString();
  }

  @Test
  void hidesProprietaryNamesAndStringsButKeepsJdkVocabulary() {
    String code = context(Path.of("src/test/resources/sources"), "com.acme.inventory.InventoryService#stockReport");
    Redactor.Redaction r = redactor.redact(code);
    assertThat(r.text()).doesNotContain("acme", "inventory", "InventoryService", "stockReport", "Warehouse", "formatLine",
        "REGION_CODES", "SEPARATOR", "north", "region=", "\"empty\"", "Keeps stock levels");
    assertThat(r.text()).contains("String", "List", "Map", "ArrayList", "Collections.sort", "HashMap", "ConcurrentHashMap",
        "entrySet", "getKey", "java.util", "Id_", "id_", "ID_", "\"s_1\"");
  }

  @Test
  void roundTripRestoresTheCodeExactlyModuloComments() {
    for (String[] t : new String[][] {
        {"src/test/resources/sources", "com.acme.inventory.InventoryService#stockReport"},
        {"src/test/resources/sources", "com.acme.inventory.InventoryService#topSkus"},
        {"../examples/src/main/java", "dev.flamefix.examples.orders.OrderAnalytics#countValidSkus"}}) {
      String code = context(Path.of(t[0]), t[1]);
      Redactor.Redaction r = redactor.redact(code);
      assertThat(StaticJavaParser.parse(r.restore(r.text())).toString()).isEqualTo(withoutComments(code));
    }
  }

  @Test
  void restoresNamesInAModelAnswerThatRewroteTheCode() {
    String code = context(Path.of("../examples/src/main/java"), "dev.flamefix.examples.orders.OrderAnalytics#renderReport");
    Redactor.Redaction r = redactor.redact(code);
    String method = r.tokens().entrySet().stream().filter(e -> e.getValue().equals("renderReport")).findFirst().orElseThrow().getKey();
    String cls = r.tokens().entrySet().stream().filter(e -> e.getValue().equals("OrderAnalytics")).findFirst().orElseThrow().getKey();
    // What a model might send back: its own code using the redacted names.
    String answer = "Sure:\n```java\npublic String " + method + "(List<" + r.tokens().entrySet().stream()
        .filter(e -> e.getValue().equals("Order")).findFirst().orElseThrow().getKey() + "> xs) { return \"s_1\" + " + cls + ".class; }\n```";
    String restored = r.restore(answer);
    assertThat(restored).contains("public String renderReport(List<Order> xs)", "OrderAnalytics.class").doesNotContain("s_1");
  }

  @Test
  void hidesTheCodesNamesAndStringsInTextAboutIt() {
    String code = context(Path.of("../examples/src/main/java"), "dev.flamefix.examples.orders.OrderAnalytics#renderReport");
    Redactor.Redaction r = redactor.redact(code);
    String verdict = "behaviour differs: renderReport(List) on [Order[id=7]]: original returned \"\", a renderReports call";
    String hidden = r.hide(verdict);
    assertThat(hidden).doesNotContain("renderReport(", "Order[").contains("renderReports", "List", "returned");
    assertThat(r.restore(hidden)).isEqualTo(verdict);
  }
}
