package com.acme.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keeps stock levels per warehouse, prices orders and produces reports. A deliberately large class:
 * the optimizer must keep only what a target needs.
 */
public class InventoryService {
  private static final Logger LOG = Logger.getLogger(InventoryService.class.getName());
  public static final int MAX_LINES = 500;
  static final String SEPARATOR = ";";
  private static final double TAX_RATE = 0.2;
  private static final Map<String, Integer> REGION_CODES = new HashMap<>();

  static {
    REGION_CODES.put("north", 1);
    REGION_CODES.put("south", 2);
  }

  private final Map<String, Warehouse> warehouses = new ConcurrentHashMap<>();
  private final List<Listener<StockEvent>> listeners = new ArrayList<>();
  private final Clock clock;
  private long operations;
  private String lastError = "";

  /** Something that wants to hear about stock changes. */
  public interface Listener<E> {
    void on(E event);
  }

  /** A change in stock. */
  public record StockEvent(String warehouse, Sku sku, int delta, Instant at) {}

  /** Time source, replaceable in tests. */
  public interface Clock {
    Instant now();
  }

  /** How a line is priced. */
  public enum PriceMode {
    GROSS,
    NET;

    double factor() {
      return this == GROSS ? 1.0 + TAX_RATE : 1.0;
    }
  }

  /** One warehouse and its stock. */
  public static final class Warehouse {
    private final String name;
    private final Map<Sku, Integer> stock = new HashMap<>();

    Warehouse(String name) {
      this.name = name;
    }

    int level(Sku sku) {
      return stock.getOrDefault(sku, 0);
    }

    void adjust(Sku sku, int delta) {
      stock.merge(sku, delta, Integer::sum);
    }

    String name() {
      return name;
    }

    Map<Sku, Integer> snapshot() {
      return Collections.unmodifiableMap(stock);
    }
  }

  /** A priced order line. */
  public static final class Line implements Comparable<Line> {
    final Sku sku;
    final int quantity;

    public Line(Sku sku, int quantity) {
      this.sku = Objects.requireNonNull(sku);
      this.quantity = quantity;
    }

    long cents() {
      return sku.unitCents() * quantity;
    }

    @Override
    public int compareTo(Line o) {
      return Long.compare(cents(), o.cents());
    }
  }

  /** Aggregates per key; generic helper used by reports. */
  static final class Tally<K extends Comparable<K>> {
    private final Map<K, Long> totals = new HashMap<>();

    void add(K key, long amount) {
      totals.merge(key, amount, Long::sum);
    }

    List<Map.Entry<K, Long>> sorted() {
      List<Map.Entry<K, Long>> out = new ArrayList<>(totals.entrySet());
      out.sort(Map.Entry.comparingByKey());
      return out;
    }
  }

  public InventoryService(Clock clock) {
    this.clock = clock;
  }

  public InventoryService() {
    this(Instant::now);
  }

  /** Unrelated maintenance task 0. */
  public int maintenance0(List<String> names) {
    int touched = 0;
    for (String n : names) {
      if (n.length() > 0) {
        touched += n.chars().filter(c -> c == 'a' + 0).map(c -> c * 1).sum();
      }
    }
    operations += touched;
    return touched;
  }

  /** Unrelated maintenance task 1. */
  public int maintenance1(List<String> names) {
    int touched = 0;
    for (String n : names) {
      if (n.length() > 1) {
        touched += n.chars().filter(c -> c == 'a' + 1).map(c -> c * 2).sum();
      }
    }
    operations += touched;
    return touched;
  }

  /** Unrelated maintenance task 2. */
  public int maintenance2(List<String> names) {
    int touched = 0;
    for (String n : names) {
      if (n.length() > 2) {
        touched += n.chars().filter(c -> c == 'a' + 2).map(c -> c * 3).sum();
      }
    }
    operations += touched;
    return touched;
  }

  /** Unrelated maintenance task 3. */
  public int maintenance3(List<String> names) {
    int touched = 0;
    for (String n : names) {
      if (n.length() > 3) {
        touched += n.chars().filter(c -> c == 'a' + 3).map(c -> c * 4).sum();
      }
    }
    operations += touched;
    return touched;
  }

  /** Unrelated maintenance task 4. */
  public int maintenance4(List<String> names) {
    int touched = 0;
    for (String n : names) {
      if (n.length() > 4) {
        touched += n.chars().filter(c -> c == 'a' + 4).map(c -> c * 5).sum();
      }
    }
    operations += touched;
    return touched;
  }

  /** Unrelated maintenance task 5. */
  public int maintenance5(List<String> names) {
    int touched = 0;
    for (String n : names) {
      if (n.length() > 5) {
        touched += n.chars().filter(c -> c == 'a' + 5).map(c -> c * 6).sum();
      }
    }
    operations += touched;
    return touched;
  }

  /** Unrelated maintenance task 6. */
  public int maintenance6(List<String> names) {
    int touched = 0;
    for (String n : names) {
      if (n.length() > 6) {
        touched += n.chars().filter(c -> c == 'a' + 6).map(c -> c * 7).sum();
      }
    }
    operations += touched;
    return touched;
  }

  /** Unrelated maintenance task 7. */
  public int maintenance7(List<String> names) {
    int touched = 0;
    for (String n : names) {
      if (n.length() > 7) {
        touched += n.chars().filter(c -> c == 'a' + 7).map(c -> c * 8).sum();
      }
    }
    operations += touched;
    return touched;
  }

  /** Unrelated maintenance task 8. */
  public int maintenance8(List<String> names) {
    int touched = 0;
    for (String n : names) {
      if (n.length() > 8) {
        touched += n.chars().filter(c -> c == 'a' + 8).map(c -> c * 9).sum();
      }
    }
    operations += touched;
    return touched;
  }

  /** Unrelated maintenance task 9. */
  public int maintenance9(List<String> names) {
    int touched = 0;
    for (String n : names) {
      if (n.length() > 9) {
        touched += n.chars().filter(c -> c == 'a' + 9).map(c -> c * 10).sum();
      }
    }
    operations += touched;
    return touched;
  }

  /** Unrelated maintenance task 10. */
  public int maintenance10(List<String> names) {
    int touched = 0;
    for (String n : names) {
      if (n.length() > 10) {
        touched += n.chars().filter(c -> c == 'a' + 10).map(c -> c * 11).sum();
      }
    }
    operations += touched;
    return touched;
  }

  /** Unrelated maintenance task 11. */
  public int maintenance11(List<String> names) {
    int touched = 0;
    for (String n : names) {
      if (n.length() > 11) {
        touched += n.chars().filter(c -> c == 'a' + 11).map(c -> c * 12).sum();
      }
    }
    operations += touched;
    return touched;
  }

  public void register(Listener<StockEvent> listener) {
    listeners.add(listener);
  }

  private void publish(StockEvent event) {
    for (Listener<StockEvent> l : listeners) {
      l.on(event);
    }
  }

  public Warehouse warehouse(String name) {
    return warehouses.computeIfAbsent(name, Warehouse::new);
  }

  /** Receives stock. */
  public void receive(String warehouse, Sku sku, int quantity) {
    adjust(warehouse, sku, quantity);
  }

  /** Ships stock. */
  public void ship(String warehouse, Sku sku, int quantity) {
    adjust(warehouse, sku, -quantity);
  }

  private void adjust(String warehouse, Sku sku, int delta) {
    Warehouse w = warehouse(warehouse);
    w.adjust(sku, delta);
    operations++;
    publish(new StockEvent(warehouse, sku, delta, clock.now()));
  }

  /** Total price of lines, overload 1: gross. */
  public long price(List<Line> lines) {
    return price(lines, PriceMode.GROSS);
  }

  /** Total price of lines, overload 2: chosen mode. */
  public long price(List<Line> lines, PriceMode mode) {
    long total = 0;
    for (Line l : lines) {
      total += Math.round(l.cents() * mode.factor());
    }
    return total;
  }

  /** Total price, overload 3: with a discount predicate. */
  public long price(List<Line> lines, Predicate<Line> discounted, int percent) {
    return lines.stream()
        .mapToLong(l -> discounted.test(l) ? l.cents() * (100 - percent) / 100 : l.cents())
        .sum();
  }

  /** The report the profiler flags: builds one text line per warehouse and SKU. */
  public String stockReport(String region) {
    String report = "region=" + region + SEPARATOR + regionCode(region) + "\n";
    List<String> names = new ArrayList<>(warehouses.keySet());
    Collections.sort(names);
    for (String name : names) {
      Warehouse w = warehouses.get(name);
      for (Map.Entry<Sku, Integer> e : w.snapshot().entrySet()) {
        report += formatLine(w, e.getKey(), e.getValue());
      }
    }
    return report;
  }

  private static int regionCode(String region) {
    return REGION_CODES.getOrDefault(region, 0);
  }

  private String formatLine(Warehouse w, Sku sku, int level) {
    return w.name() + SEPARATOR + sku.code() + SEPARATOR + level + SEPARATOR + describe(level) + "\n";
  }

  private static String describe(int level) {
    return level <= 0 ? "empty" : level < 10 ? "low" : "ok";
  }

  /** Top SKUs by value, with a lambda and a generic helper. */
  public List<String> topSkus(int limit) {
    Tally<String> tally = new Tally<>();
    warehouses.values().forEach(w -> w.snapshot().forEach((sku, level) -> tally.add(sku.code(), sku.unitCents() * level)));
    return tally.sorted().stream()
        .sorted(Comparator.comparing(Map.Entry<String, Long>::getValue).reversed())
        .limit(limit)
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  public <T> Map<T, List<Sku>> groupSkus(Function<Sku, T> key) {
    Map<T, List<Sku>> out = new HashMap<>();
    for (Warehouse w : warehouses.values()) {
      for (Sku s : w.snapshot().keySet()) {
        out.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
      }
    }
    return out;
  }

  public Optional<Warehouse> fullest() {
    return warehouses.values().stream().max(Comparator.comparingInt(w -> w.snapshot().size()));
  }

  public Duration uptime(Instant started) {
    return Duration.between(started, clock.now());
  }

  public long operations() {
    return operations;
  }

  public String lastError() {
    return lastError;
  }

  void fail(String message) {
    lastError = message;
    LOG.warning(message);
  }

  /** Audit helper 0: unrelated to pricing and reports. */
  static String audit0(Map<String, Integer> counts) {
    StringBuilder sb = new StringBuilder("audit0:");
    counts.entrySet().stream()
        .filter(e -> e.getValue() % 2 == 0)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(e.getKey()).append('=').append(e.getValue()).append(','));
    return sb.toString();
  }

  /** Audit helper 1: unrelated to pricing and reports. */
  static String audit1(Map<String, Integer> counts) {
    StringBuilder sb = new StringBuilder("audit1:");
    counts.entrySet().stream()
        .filter(e -> e.getValue() % 3 == 0)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(e.getKey()).append('=').append(e.getValue()).append(','));
    return sb.toString();
  }

  /** Audit helper 2: unrelated to pricing and reports. */
  static String audit2(Map<String, Integer> counts) {
    StringBuilder sb = new StringBuilder("audit2:");
    counts.entrySet().stream()
        .filter(e -> e.getValue() % 4 == 0)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(e.getKey()).append('=').append(e.getValue()).append(','));
    return sb.toString();
  }

  /** Audit helper 3: unrelated to pricing and reports. */
  static String audit3(Map<String, Integer> counts) {
    StringBuilder sb = new StringBuilder("audit3:");
    counts.entrySet().stream()
        .filter(e -> e.getValue() % 5 == 0)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(e.getKey()).append('=').append(e.getValue()).append(','));
    return sb.toString();
  }

  /** Audit helper 4: unrelated to pricing and reports. */
  static String audit4(Map<String, Integer> counts) {
    StringBuilder sb = new StringBuilder("audit4:");
    counts.entrySet().stream()
        .filter(e -> e.getValue() % 6 == 0)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(e.getKey()).append('=').append(e.getValue()).append(','));
    return sb.toString();
  }

  /** Audit helper 5: unrelated to pricing and reports. */
  static String audit5(Map<String, Integer> counts) {
    StringBuilder sb = new StringBuilder("audit5:");
    counts.entrySet().stream()
        .filter(e -> e.getValue() % 7 == 0)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(e.getKey()).append('=').append(e.getValue()).append(','));
    return sb.toString();
  }

  /** Audit helper 6: unrelated to pricing and reports. */
  static String audit6(Map<String, Integer> counts) {
    StringBuilder sb = new StringBuilder("audit6:");
    counts.entrySet().stream()
        .filter(e -> e.getValue() % 8 == 0)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(e.getKey()).append('=').append(e.getValue()).append(','));
    return sb.toString();
  }

  /** Audit helper 7: unrelated to pricing and reports. */
  static String audit7(Map<String, Integer> counts) {
    StringBuilder sb = new StringBuilder("audit7:");
    counts.entrySet().stream()
        .filter(e -> e.getValue() % 9 == 0)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(e.getKey()).append('=').append(e.getValue()).append(','));
    return sb.toString();
  }
}
