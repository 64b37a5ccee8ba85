package dev.flamefix.optimizer.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import dev.flamefix.optimizer.target.ResolvedTarget;
import dev.flamefix.optimizer.target.TargetResolver;
import dev.flamefix.optimizer.testing.Compiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Algorithm 1 on a 476-line class with nested types, generics, lambdas, overloads and statics. */
class ContextExtractorTest {
  static final Path ROOT = Path.of("src/test/resources/sources");
  static final String SVC = "com.acme.inventory.InventoryService";
  final TargetResolver resolver = new TargetResolver(ROOT);
  final ContextExtractor extractor = new ContextExtractor();

  CleanedContext extract(String spec) {
    ResolvedTarget t = resolver.resolve(spec);
    return extractor.extract(t.source(), List.of(t.method()));
  }

  @Test
  void fixtureIsRealJava() throws Exception {
    Compiler.compile(Map.of(
        "com.acme.inventory.Sku", Files.readString(ROOT.resolve("com/acme/inventory/Sku.java")),
        SVC, Files.readString(ROOT.resolve("com/acme/inventory/InventoryService.java"))));
  }

  @Test
  void keepsCalleesFieldsTypesAndImportsTheTargetNeedsAndDropsTheRest() {
    CleanedContext c = extract(SVC + "#stockReport");
    String code = c.code();
    // Target and its transitive same-class callees.
    assertThat(code).contains("public String stockReport(String region)", "private static int regionCode(String region)",
        "private String formatLine(Warehouse w, Sku sku, int level)", "private static String describe(int level)");
    // Fields and constants it reads, and the static initialiser that fills one of them.
    assertThat(code).contains("static final String SEPARATOR", "REGION_CODES = new HashMap<>()", "REGION_CODES.put(\"north\", 1)",
        "Map<String, Warehouse> warehouses");
    // The nested type it uses.
    assertThat(code).contains("static final class Warehouse", "Map<Sku, Integer> snapshot()");
    // Everything else is gone.
    assertThat(code).doesNotContain("maintenance0", "audit3", "long price(", "topSkus", "groupSkus", "class Tally",
        "class Line", "enum PriceMode", "TAX_RATE", "LOG", "listeners", "operations", "InventoryService(Clock");
    // Imports follow the kept code.
    assertThat(code).contains("import java.util.ArrayList;", "import java.util.Collections;", "import java.util.HashMap;",
        "import java.util.concurrent.ConcurrentHashMap;");
    assertThat(code).doesNotContain("import java.time.Duration;", "import java.util.logging.Logger;",
        "import java.util.stream.Collectors;", "import java.util.function.Predicate;");
    StaticJavaParser.parse(code);
    assertThat(c.formatted()).as("google-java-format ran (surefire passes the --add-exports flags)").isTrue();
    assertThat(c.cleanedTokens()).isLessThan(c.originalTokens() * 35 / 100);
    assertThat(c.keptMembers()).first().isEqualTo("stockReport(String)");
  }

  @Test
  void overloadedCallsKeepEveryOverloadOfThatNameAndTheEnumTheyUse() {
    String code = extract(SVC + "#price(java.util.List)").code();
    assertThat(code).contains("public long price(List<Line> lines)", "price(List<Line> lines, PriceMode mode)",
        "price(List<Line> lines, Predicate<Line> discounted, int percent)", "enum PriceMode", "TAX_RATE",
        "static final class Line");
    assertThat(code).doesNotContain("stockReport", "class Warehouse", "REGION_CODES");
  }

  @Test
  void nestedTargetKeepsOnlyTheMembersItNeedsInsideItsClass() {
    String code = extract(SVC + "$Warehouse#adjust").code();
    assertThat(code).contains("class InventoryService", "static final class Warehouse", "void adjust(Sku sku, int delta)",
        "private final Map<Sku, Integer> stock");
    assertThat(code).doesNotContain("int level(", "String name()", "stockReport", "private final String name;");
  }

  @Test
  void lambdasAndGenericsPullInWhatTheyMention() {
    String code = extract(SVC + "#topSkus").code();
    assertThat(code).contains("public List<String> topSkus(int limit)", "static final class Tally<K extends Comparable<K>>",
        "Map<String, Warehouse> warehouses", "static final class Warehouse", "import java.util.stream.Collectors;",
        "import java.util.Comparator;");
    assertThat(code).doesNotContain("stockReport", "maintenance", "class Line");
  }

  @Test
  void instanceStateAndCallsIntoOtherMembers() {
    String code = extract(SVC + "#ship").code();
    assertThat(code).contains("public void ship(", "private void adjust(String warehouse, Sku sku, int delta)",
        "public Warehouse warehouse(String name)", "private void publish(StockEvent event)", "operations",
        "private final Clock clock", "interface Clock", "record StockEvent", "interface Listener<E>", "listeners");
    assertThat(code).doesNotContain("public void receive(");
  }

  @Test
  void noTargetsMeansTheWholeFile() throws Exception {
    String source = Files.readString(ROOT.resolve("com/acme/inventory/Sku.java"));
    CleanedContext c = extractor.extract(source, List.of());
    assertThat(c.code()).contains("public record Sku(String code, long unitCents)");
  }

  @Test
  void tokenizerCountsIdentifiersAndPunctuation() {
    assertThat(Tokens.count("int a = b1 + 2;")).isEqualTo(7);
    assertThat(Tokens.count("  ")).isZero();
    assertThat(Tokens.count("s.matches(\"[A-Z]\")")).isEqualTo(12);
  }
}
