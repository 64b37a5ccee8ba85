package dev.flamefix.optimizer.splice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.StaticJavaParser;
import dev.flamefix.optimizer.target.ResolvedTarget;
import dev.flamefix.optimizer.target.TargetResolver;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplicerTest {
  static final Path ROOT = Path.of("../examples/src/main/java");
  final Splicer splicer = new Splicer();
  final ResolvedTarget report = new TargetResolver(ROOT).resolve("dev.flamefix.examples.orders.OrderAnalytics#renderReport");

  SpliceResult splice(String... blocks) {
    return splicer.splice(report.source(), List.of(report.method()), List.of(blocks));
  }

  static final String FAST_REPORT = """
      public String renderReport(List<Order> orders) {
        StringBuilder report = new StringBuilder();
        for (Order o : orders) {
          report.append(o.id()).append(',').append(o.sku()).append(',').append(o.quantity()).append('\\n');
        }
        return report.toString();
      }""";

  @Test
  void replacesTheTargetAndKeepsEverythingElseByteForByte() {
    SpliceResult r = splice(FAST_REPORT);
    assertThat(r.changedMethods()).containsExactly("renderReport(List)");
    assertThat(r.patchedSource()).contains("StringBuilder report = new StringBuilder();").doesNotContain("report += o.id()");
    // Untouched methods keep their original text, comments included.
    String countValid = report.source().substring(report.source().indexOf("  /** Orders whose SKU"), report.source().indexOf("  /** Revenue"));
    assertThat(r.patchedSource()).contains(countValid);
    assertThat(r.patchedSource()).contains("/** One CSV line per order.");
    StaticJavaParser.parse(r.patchedSource());
  }

  @Test
  void mergesImportsPrivateHelpersAndConstantsFromAWholeClassAnswer() {
    String answer = """
        package dev.flamefix.examples.orders;

        import java.util.List;
        import java.util.StringJoiner;

        public class OrderAnalytics {
          private static final String NL = "\\n";

          public String renderReport(List<Order> orders) {
            StringJoiner j = new StringJoiner("");
            for (Order o : orders) j.add(line(o));
            return j.toString();
          }

          private static String line(Order o) {
            return o.id() + "," + o.sku() + "," + o.quantity() + NL;
          }

          public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
            int count = 0;
            for (Order o : orders) {
              if (knownCustomers.contains(o.customerId())) {
                count++;
              }
            }
            return count;
          }
        }
        """;
    SpliceResult r = splice(answer);
    assertThat(r.changedMethods()).containsExactly("renderReport(List)");
    assertThat(r.addedMembers()).containsExactly("NL", "line(Order)");
    assertThat(r.addedImports()).containsExactly("java.util.StringJoiner");
    assertThat(r.patchedSource()).contains("import java.util.StringJoiner;", "private static final String NL", "private static String line(Order o)");
    // Inserted members sit at the class's member indentation, as a reviewer expects in the diff.
    assertThat(r.patchedSource().lines())
        .contains("  private static final String NL = \"\\n\";", "  private static String line(Order o) {")
        .noneMatch(l -> l.startsWith("private "));
    StaticJavaParser.parse(r.patchedSource());
  }

  @Test
  void methodSpreadOverSeveralBlocksIsCombined() {
    SpliceResult r = splice("private static String line(Order o) { return o.id() + \"\\n\"; }",
        "public String renderReport(List<Order> orders) { StringBuilder b = new StringBuilder(); for (Order o : orders) b.append(line(o)); return b.toString(); }");
    assertThat(r.addedMembers()).containsExactly("line(Order)");
  }

  @Test
  void rejectsChangedSignatureOfATarget() {
    assertThatThrownBy(() -> splice("public String renderReport(List<Order> orders, int capacity) { return \"\"; }"))
        .isInstanceOf(SpliceRejectedException.class)
        .hasMessageContaining("refused: the answer changes the signature of public method renderReport(List)");
    assertThatThrownBy(() -> splice("public CharSequence renderReport(List<Order> orders) { return \"\"; }"))
        .hasMessageContaining("changes the signature of public method renderReport(List)");
    assertThatThrownBy(() -> splice("String renderReport(List<Order> orders) { return \"\"; }"))
        .hasMessageContaining("changes the signature of public method renderReport(List)");
  }

  @Test
  void rejectsNewPublicMembersOtherClassesAndChangesToNonTargets() {
    assertThatThrownBy(() -> splice(FAST_REPORT + "\npublic static String helper() { return \"\"; }"))
        .hasMessageContaining("refused: the answer adds public method helper() to the class's contract");
    assertThatThrownBy(() -> splice(FAST_REPORT + "\npublic int counter;"))
        .hasMessageContaining("refused: the answer adds field counter");
    assertThatThrownBy(() -> splice("class Other { public String renderReport(java.util.List<Order> orders) { return \"\"; } }"))
        .hasMessageContaining("no usable code").hasMessageContaining("declares Other, not OrderAnalytics");
    assertThatThrownBy(() -> splice("public class OrderAnalytics { " + FAST_REPORT + " } class Extra {}"))
        .hasMessageContaining("another class Extra");
    assertThatThrownBy(() -> splice(FAST_REPORT + "\npublic int totalCents(List<Order> orders) { return 0; }"))
        .hasMessageContaining("refused: the answer changes the signature of public method totalCents(List), which is part of the class's contract");
    assertThatThrownBy(() -> splice(FAST_REPORT + "\nstatic class Cache {}"))
        .hasMessageContaining("refused: the answer adds nested type Cache that is not private");
  }

  @Test
  void rejectsAnswersWithoutTheTargetUnchangedOrUnparsable() {
    assertThatThrownBy(() -> splice("private int unrelated() { return 1; }"))
        .hasMessageContaining("no method with the signature of any target (renderReport(List))");
    String same = report.method().toString();
    assertThatThrownBy(() -> splice(same)).hasMessageContaining("does not change the target");
    assertThatThrownBy(() -> splice("public String renderReport(List<Order> orders) { for ( }"))
        .hasMessageContaining("no usable code");
  }

  @Test
  void toleratesUnchangedCopiesOfContextMembers() {
    String unchangedOther = "public int countValidSkus(List<Order> orders) {\n int valid = 0;\n for (Order o : orders) { if (o.sku().matches(\"[A-Z]{3}-[0-9]{4}\")) { valid++; } }\n return valid; }";
    SpliceResult r = splice(unchangedOther, FAST_REPORT);
    assertThat(r.changedMethods()).containsExactly("renderReport(List)");
  }
}
