package dev.flamefix.bench.agent;

import dev.flamefix.examples.orders.Order;
import dev.flamefix.examples.orders.OrderAnalytics;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU-bound workloads whose throughput {@link AgentOverhead} compares with and without the
 * flamefix agent in the forked JVM. Run through {@link AgentOverhead}, not alone: the benchmark
 * itself does not know whether an agent is attached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AgentOverheadBenchmark {

  private static final int ORDERS = 400;

  private final OrderAnalytics analytics = new OrderAnalytics();
  private List<Order> batch;
  private List<String> known;
  private long[] numbers;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    batch = new ArrayList<>(ORDERS);
    known = new ArrayList<>(ORDERS);
    for (int i = 0; i < ORDERS; i++) {
      known.add("C" + random.nextInt(4 * ORDERS));
      String sku = random.nextInt(10) == 0 ? "bad-" + i
          : String.format("%c%c%c-%04d", 'A' + random.nextInt(26), 'A' + random.nextInt(26),
              'A' + random.nextInt(26), random.nextInt(10000));
      batch.add(new Order("O" + i, "C" + random.nextInt(4 * ORDERS), sku,
          1 + random.nextInt(5), 100 + random.nextInt(10000)));
    }
    numbers = random.longs(4096).toArray();
  }

  /** A service-like mix: string building, list scans, regex matching and boxed arithmetic. */
  @Benchmark
  public long orderAnalytics() {
    return analytics.renderReport(batch).length()
        + analytics.countKnownCustomers(batch, known)
        + analytics.countValidSkus(batch)
        + analytics.totalCents(batch);
  }

  /** Pure computation without allocation: the case most sensitive to sampling interrupts. */
  @Benchmark
  public long arithmetic() {
    long h = 1125899906842597L;
    for (int round = 0; round < 16; round++) {
      for (long n : numbers) {
        h = 31 * h + Long.rotateLeft(n ^ h, round + 1);
        h ^= h >>> 29;
      }
    }
    return h;
  }
}
