package dev.flamefix.examples.orders;

import java.util.List;

/**
 * The analytics a small order service runs on every batch. Each method is correct but carries a
 * common Java performance anti-pattern on purpose: they are what the flamefix demo finds, rewrites
 * and proves faster. Keep them behaviour-stable: tests and the demo compare their output.
 */
public class OrderAnalytics {

  /** One CSV line per order. Slow: string concatenation in a loop copies the report each time. */
  public String renderReport(List<Order> orders) {
    String report = "";
    for (Order o : orders) {
      report += o.id() + "," + o.sku() + "," + o.quantity() + "\n";
    }
    return report;
  }

  /** Orders placed by known customers. Slow: {@code List.contains} inside a loop is quadratic. */
  public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
    int count = 0;
    for (Order o : orders) {
      if (knownCustomers.contains(o.customerId())) {
        count++;
      }
    }
    return count;
  }

  /** Orders whose SKU is well formed. Slow: {@code String.matches} compiles the regex per call. */
  public int countValidSkus(List<Order> orders) {
    int valid = 0;
    for (Order o : orders) {
      if (o.sku().matches("[A-Z]{3}-[0-9]{4}")) {
        valid++;
      }
    }
    return valid;
  }

  /** Revenue of a batch in cents. Slow: the accumulator is a boxed {@code Long}. */
  public long totalCents(List<Order> orders) {
    Long total = 0L;
    for (Order o : orders) {
      total += o.priceCents() * o.quantity();
    }
    return total;
  }
}
