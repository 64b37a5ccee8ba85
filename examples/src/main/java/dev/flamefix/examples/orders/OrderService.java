package dev.flamefix.examples.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A sample service doing steady, deterministic work through {@link OrderAnalytics}.
 *
 * <p>Usage: {@code java dev.flamefix.examples.orders.OrderService [rounds]}. It prints one line,
 * {@code rounds=N checksum=C}, where C depends only on N: tests run it with and without an agent and
 * compare the line to prove the agent changed nothing.
 */
public final class OrderService {

  static final int ORDERS_PER_BATCH = 1500;
  static final int KNOWN_CUSTOMERS = 1500;

  private OrderService() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    System.out.println("rounds=" + rounds + " checksum=" + run(rounds));
  }

  /** Runs {@code rounds} batches and returns a checksum of every result. */
  public static long run(int rounds) {
    Random random = new Random(42);
    OrderAnalytics analytics = new OrderAnalytics();
    List<String> known = customers(random, KNOWN_CUSTOMERS);
    long checksum = 17;
    for (int round = 0; round < rounds; round++) {
      List<Order> batch = batch(random, round);
      checksum = checksum * 31 + analytics.renderReport(batch).hashCode();
      checksum = checksum * 31 + analytics.countKnownCustomers(batch, known);
      for (int i = 0; i < 8; i++) {
        checksum = checksum * 31 + analytics.countValidSkus(batch);
      }
      for (int i = 0; i < 150; i++) {
        checksum = checksum * 31 + analytics.totalCents(batch);
      }
    }
    return checksum;
  }

  static List<String> customers(Random random, int n) {
    List<String> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ids.add("C" + (random.nextInt(4 * n)));
    }
    return ids;
  }

  static List<Order> batch(Random random, int round) {
    List<Order> orders = new ArrayList<>(ORDERS_PER_BATCH);
    for (int i = 0; i < ORDERS_PER_BATCH; i++) {
      String sku = random.nextInt(10) == 0
          ? "bad-" + random.nextInt(100)
          : String.format("%c%c%c-%04d", 'A' + random.nextInt(26), 'A' + random.nextInt(26),
              'A' + random.nextInt(26), random.nextInt(10000));
      orders.add(new Order("O" + round + "-" + i, "C" + random.nextInt(4 * KNOWN_CUSTOMERS), sku,
          1 + random.nextInt(5), 100 + random.nextInt(10000)));
    }
    return orders;
  }
}
