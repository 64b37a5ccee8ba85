package dev.flamefix.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderAnalyticsTest {

  private final OrderAnalytics analytics = new OrderAnalytics();
  private final List<Order> orders = List.of(
      new Order("O1", "C1", "ABC-1234", 2, 150),
      new Order("O2", "C2", "bad-7", 1, 99),
      new Order("O3", "C1", "XYZ-0001", 3, 1000));

  @Test
  void rendersOneCsvLinePerOrder() {
    assertThat(analytics.renderReport(orders)).isEqualTo("O1,ABC-1234,2\nO2,bad-7,1\nO3,XYZ-0001,3\n");
    assertThat(analytics.renderReport(List.of())).isEmpty();
  }

  @Test
  void countsOrdersOfKnownCustomers() {
    assertThat(analytics.countKnownCustomers(orders, List.of("C1", "C9"))).isEqualTo(2);
    assertThat(analytics.countKnownCustomers(orders, List.of())).isZero();
  }

  @Test
  void countsWellFormedSkus() {
    assertThat(analytics.countValidSkus(orders)).isEqualTo(2);
  }

  @Test
  void sumsRevenueInCents() {
    assertThat(analytics.totalCents(orders)).isEqualTo(2 * 150 + 99 + 3 * 1000);
  }

  @Test
  void serviceOutputDependsOnlyOnRounds() {
    assertThat(OrderService.run(2)).isEqualTo(OrderService.run(2)).isNotEqualTo(OrderService.run(3));
  }
}
