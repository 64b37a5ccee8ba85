package dev.flamefix.testapp;

import dev.flamefix.examples.orders.Order;
import dev.flamefix.examples.orders.OrderAnalytics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The host application of the recording tests: the example's {@link OrderAnalytics#renderReport}
 * on small deterministic batches, an overloaded method and a method taking a stream, once per
 * round, paced by a 2 ms sleep so the run outlasts the agent's first poll on any machine.
 *
 * <p>Usage: {@code RecordedApp rounds [marker-file]}. Prints {@code rounds=N checksum=C}, where C
 * depends only on N. With a marker file it then waits for the file and runs {@value #AFTER} more
 * rounds, printing {@code after=...} and which agent libraries this application can see.
 */
public final class RecordedApp {

  /** Rounds run after the marker appears. */
  public static final int AFTER = 500;
  static final int ORDERS = 5;

  private RecordedApp() {}

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    System.out.println("rounds=" + rounds + " checksum=" + run(0, rounds, true));
    if (args.length > 1) {
      Path marker = Paths.get(args[1]);
      for (int i = 0; i < 6000 && !Files.exists(marker); i++) {
        Thread.sleep(20);
      }
      run(rounds, rounds + AFTER, false);
      System.out.println("after=" + AFTER + " calls=" + (rounds + AFTER));
      for (String name : args.length > 2 ? args[2].split(",") : new String[0]) {
        System.out.println("visible " + name + "=" + visible(name));
      }
    }
  }

  /** The checksum of rounds {@code from} (inclusive) to {@code to}. */
  public static long run(int from, int to, boolean pace) throws InterruptedException {
    OrderAnalytics analytics = new OrderAnalytics();
    long checksum = 17;
    byte[] bytes = {1, 2, 3};
    for (int round = from; round < to; round++) {
      checksum = checksum * 31 + analytics.renderReport(batch(round)).hashCode();
      checksum = checksum * 31 + weigh(round) + weigh((long) round);
      checksum = checksum * 31 + measure(new ByteArrayInputStream(bytes));
      if (pace) {
        Thread.sleep(2);
      }
    }
    return checksum;
  }

  /** What {@link #main} prints first for {@code rounds}. */
  public static String expected(int rounds) throws InterruptedException {
    return "rounds=" + rounds + " checksum=" + run(0, rounds, false) + System.lineSeparator();
  }

  /** The batch of one round: ids {@code O<round>-<i>}, customers {@code C...}, skus {@code SKU-...}. */
  public static List<Order> batch(int round) {
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      orders.add(new Order("O" + round + "-" + i, "C" + (round * 7 + i), "SKU-" + (round % 10) + i,
          1 + i, 100L * round + i));
    }
    return orders;
  }

  static int weigh(int x) {
    return x * 3;
  }

  static long weigh(long x) {
    return x * 5;
  }

  static int measure(InputStream in) {
    try {
      return in.available();
    } catch (IOException e) {
      return -1;
    }
  }

  private static boolean visible(String name) {
    try {
      Class.forName(name, false, ClassLoader.getSystemClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
