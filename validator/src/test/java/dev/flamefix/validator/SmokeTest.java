package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.support.Sources;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void smoke() {
    String original = Sources.orderAnalytics();
    String good = Sources.splice(original, "renderReport", """
        public String renderReport(List<Order> orders) {
          StringBuilder report = new StringBuilder();
          for (Order o : orders) {
            report.append(o.id()).append(',').append(o.sku()).append(',').append(o.quantity()).append('\\n');
          }
          return report.toString();
        }""", null, null);
    String bad = Sources.splice(original, "countKnownCustomers", """
        public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
          int count = 0;
          for (int i = 1; i < orders.size(); i++) {
            if (knownCustomers.contains(orders.get(i).customerId())) {
              count++;
            }
          }
          return count;
        }""", null, null);
    Validator v = new Validator(ValidationOptions.builder().keepWorkDir(true).benchmark(BenchmarkSettings.quick()).build());
    List<Verdict> verdicts = v.validateAll(List.of(
        ValidationRequest.of("good", Sources.ORDER_ANALYTICS, original, good, List.of("renderReport"), Sources.exampleClassPath()),
        ValidationRequest.of("bad", Sources.ORDER_ANALYTICS, original, bad, List.of("countKnownCustomers"), Sources.exampleClassPath())),
        e -> System.out.println(e));
    for (Verdict verdict : verdicts) {
      System.out.println(verdict.toJson());
    }
    assertThat(verdicts.get(1).accepted()).isFalse();
    assertThat(verdicts.get(0).accepted()).isTrue();
  }
}
