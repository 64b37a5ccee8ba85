package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.support.Rewrite;
import dev.flamefix.validator.support.Sources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public single-candidate API, end to end with the default settings (JMH included). */
class ValidatorEndToEndTest {

  @Test
  void acceptsTheStringBuilderFixOfTheExampleWithDiffAndReport() throws Exception {
    Rewrite fix = CorrectRewritesAccess.reportFix();
    List<StageEvent> events = new ArrayList<>();
    long start = System.nanoTime();
    Verdict v = new Validator().validate(fix.request(), events::add);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("single validation wall time: " + millis + " ms; " + v.reason());

    assertThat(v.accepted()).as(v.reason()).isTrue();
    assertThat(v.stageReached()).isEqualTo(Stage.DECIDED);
    assertThat(v.speedup()).isGreaterThan(1.1);
    assertThat(v.differential().methods().get(0).calls()).isGreaterThanOrEqualTo(500);
    assertThat(v.unifiedDiff()).startsWith("--- a/src/main/java/dev/flamefix/examples/orders/"
        + "OrderAnalytics.java").contains("-    String report = \"\";").contains("+  StringBuilder");
    assertThat(events).extracting(StageEvent::stage).contains(Stage.COMPILE, Stage.DIFFERENTIAL,
        Stage.BENCHMARK);
    JsonNode json = new ObjectMapper().readTree(v.toJson());
    assertThat(json.get("accepted").asBoolean()).isTrue();
    assertThat(json.at("/benchmark/methods/0/original/score").asDouble()).isPositive();
    // Both times are measured whichever the rule uses: wall time by JMH, CPU time by its profiler.
    assertThat(json.at("/benchmark/metric").asText()).isEqualTo("CPU");
    for (String side : List.of("original", "candidate")) {
      JsonNode m = json.at("/benchmark/methods/0/" + side);
      assertThat(m.get("cpuScore").asDouble()).as(side).isPositive();
      assertThat(m.get("cpuLow").asDouble()).as(side).isLessThan(m.get("cpuScore").asDouble());
      assertThat(m.get("cpuHigh").asDouble()).as(side).isGreaterThan(m.get("cpuScore").asDouble());
      assertThat(m.get("samples").asLong()).as(side)
          .isEqualTo(BenchmarkSettings.defaults().measurementIterations());
    }
    assertThat(json.at("/differential/seed").asLong()).isEqualTo(20261121L);
    assertThat(json.at("/sandbox/networkNote").asText()).isNotBlank();
  }

  @Test
  void rejectsAWrongRewriteWithAShrunkCounterexample() {
    String original = Sources.orderAnalytics();
    String candidate = Sources.splice(original, "totalCents", """
        public long totalCents(List<Order> orders) {
          long total = 0;
          for (int i = 1; i < orders.size(); i++) {
            total += orders.get(i).priceCents() * orders.get(i).quantity();
          }
          return total;
        }""", null, null);
    Verdict v = new Validator().validate(ValidationRequest.of("off-by-one", Sources.ORDER_ANALYTICS,
        original, candidate, List.of("totalCents"), Sources.exampleClassPath()));
    assertThat(v.accepted()).isFalse();
    assertThat(v.stageReached()).isEqualTo(Stage.DIFFERENTIAL);
    assertThat(v.benchmark()).isNull();
    // Shrunk to a single order: the first element is the one skipped. Which input first shows it
    // (a one-order list, or an empty list an order was added to between calls) depends on the
    // generator's random stream, which any new input shape shifts; the size of the example does not.
    String arguments = v.differential().counterexample().arguments();
    assertThat(arguments).contains("Order{").doesNotContain("}, Order{");
    assertThat(arguments.indexOf("Order{")).as(arguments).isEqualTo(arguments.lastIndexOf("Order{"));
  }

  @Test
  void reportsCompilerErrorsWithLineNumbers() {
    String original = Sources.orderAnalytics();
    String candidate = Sources.splice(original, "totalCents", """
        public long totalCents(List<Order> orders) {
          long total = 0;
          for (Order o : orders) total += o.priceCents() * o.quantity;
          return total;
        }""", null, null);
    Verdict v = new Validator().validate(ValidationRequest.of("typo", Sources.ORDER_ANALYTICS,
        original, candidate, List.of("totalCents"), Sources.exampleClassPath()));
    assertThat(v.accepted()).isFalse();
    assertThat(v.stageReached()).isEqualTo(Stage.COMPILE);
    int expectedLine = candidate.lines().toList().indexOf(
        candidate.lines().filter(l -> l.contains("o.quantity;")).findFirst().orElseThrow()) + 1;
    assertThat(v.compile().errors()).anySatisfy(e -> {
      assertThat(e.side()).isEqualTo("candidate");
      assertThat(e.line()).isEqualTo(expectedLine);
      assertThat(e.message()).doesNotContain("__candidate");
    });
  }

  @Test
  void refusesACandidateForAnotherPackage() {
    String original = Sources.orderAnalytics();
    String candidate = original.replace("package dev.flamefix.examples.orders;", "package other;");
    Verdict v = new Validator().validate(ValidationRequest.of("moved", Sources.ORDER_ANALYTICS,
        original, candidate, List.of("totalCents"), Sources.exampleClassPath()));
    assertThat(v.accepted()).isFalse();
    assertThat(v.reason()).contains("package 'other'");
  }
}
