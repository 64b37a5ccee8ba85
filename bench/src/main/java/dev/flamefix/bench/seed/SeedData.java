package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.Customer;
import dev.flamefix.bench.seed.SeedDomain.Department;
import dev.flamefix.bench.seed.SeedDomain.Edge;
import dev.flamefix.bench.seed.SeedDomain.Employee;
import dev.flamefix.bench.seed.SeedDomain.LogLine;
import dev.flamefix.bench.seed.SeedDomain.Order;
import dev.flamefix.bench.seed.SeedDomain.Reading;
import dev.flamefix.bench.seed.SeedDomain.StockItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic generators of representative inputs (fixed seeds, so every run sees the same). */
final class SeedData {
  private static final String[] LEVELS = {"INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"};
  private static final String[] SERVICES = {"checkout", "billing", "search", "auth", "catalog"};
  private static final String[] STATUSES = {"NEW", "PAID", "SHIPPED", "CANCELLED", "RETURNED"};
  private static final String[] COUNTRIES = {"DE", "FR", "US", "JP", "BR", "IN", "NZ"};
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ne", "ra", "to", "su", "vi", "an", "el", "or", "ul", "che", "dra", "qu"
  };

  private SeedData() {}

  static Random random(long seed) {
    return new Random(seed);
  }

  static String word(Random r) {
    int n = 1 + r.nextInt(3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return sb.toString();
  }

  static List<String> words(int n, long seed) {
    Random r = random(seed);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(word(r));
    }
    return out;
  }

  static String sentence(int words, long seed) {
    return String.join(" ", words(words, seed));
  }

  static int[] ints(int n, int bound, long seed) {
    Random r = random(seed);
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextInt(bound);
    }
    return a;
  }

  static List<Integer> intList(int n, int bound, long seed) {
    List<Integer> out = new ArrayList<>(n);
    for (int v : ints(n, bound, seed)) {
      out.add(v);
    }
    return out;
  }

  static long[] longs(int n, long bound, long seed) {
    Random r = random(seed);
    long[] a = new long[n];
    for (int i = 0; i < n; i++) {
      a[i] = Math.floorMod(r.nextLong(), bound);
    }
    return a;
  }

  static double[] doubles(int n, long seed) {
    Random r = random(seed);
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = Math.round(r.nextGaussian() * 1000) / 100.0;
    }
    return a;
  }

  static String customerId(int i) {
    return "C" + (1000 + i);
  }

  static String sku(int i) {
    return "SKU-" + (char) ('A' + i % 26) + (100 + i);
  }

  static List<Customer> customers(int n, long seed) {
    Random r = random(seed);
    List<Customer> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Customer(customerId(i), word(r) + " " + word(r), COUNTRIES[r.nextInt(COUNTRIES.length)]));
    }
    return out;
  }

  static List<Order> orders(int n, int customers, int skus, long seed) {
    Random r = random(seed);
    List<Order> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(
          new Order(
              10_000 + i,
              customerId(r.nextInt(customers + customers / 4 + 1)),
              sku(r.nextInt(skus)),
              1 + r.nextInt(9),
              99 + r.nextInt(20_000),
              STATUSES[r.nextInt(STATUSES.length)]));
    }
    return out;
  }

  static List<LogLine> logLines(int n, long seed) {
    Random r = random(seed);
    List<LogLine> out = new ArrayList<>(n);
    long ts = 1_700_000_000_000L;
    for (int i = 0; i < n; i++) {
      ts += r.nextInt(5_000);
      out.add(
          new LogLine(
              ts,
              LEVELS[r.nextInt(LEVELS.length)],
              SERVICES[r.nextInt(SERVICES.length)],
              "req-" + r.nextInt(n / 2 + 1) + " " + word(r) + " took " + r.nextInt(900) + "ms"));
    }
    return out;
  }

  static List<String> rawLogLines(int n, long seed) {
    List<String> out = new ArrayList<>(n);
    for (LogLine l : logLines(n, seed)) {
      out.add(l.timestamp() + " " + l.level() + " [" + l.service() + "] " + l.message());
    }
    return out;
  }

  static List<Reading> readings(int n, int sensors, long seed) {
    Random r = random(seed);
    List<Reading> out = new ArrayList<>(n);
    long ts = 1_600_000_000_000L;
    for (int i = 0; i < n; i++) {
      ts += 250;
      out.add(new Reading("S" + r.nextInt(sensors), ts, Math.round(r.nextGaussian() * 500) / 10.0));
    }
    return out;
  }

  static List<StockItem> stock(int n, int skus, long seed) {
    Random r = random(seed);
    List<StockItem> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new StockItem(sku(r.nextInt(skus)), "WH" + r.nextInt(6), r.nextInt(500)));
    }
    return out;
  }

  static List<Edge> edges(int nodes, int n, long seed) {
    Random r = random(seed);
    List<Edge> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Edge(r.nextInt(nodes), r.nextInt(nodes), 1 + r.nextInt(50)));
    }
    return out;
  }

  static List<Department> departments(int n) {
    List<Department> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Department(i, "Dept-" + SYLLABLES[i % SYLLABLES.length] + i));
    }
    return out;
  }

  static List<Employee> employees(int n, int departments, long seed) {
    Random r = random(seed);
    List<Employee> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Employee(i, word(r) + " " + word(r), r.nextInt(departments + 2), 3_000_000 + r.nextInt(9_000_000)));
    }
    return out;
  }

  static double[][] matrix(int rows, int cols, long seed) {
    Random r = random(seed);
    double[][] m = new double[rows][cols];
    for (double[] row : m) {
      for (int j = 0; j < cols; j++) {
        row[j] = Math.round(r.nextGaussian() * 100) / 10.0;
      }
    }
    return m;
  }

  /** A temp file holding {@code bytes}; deleted when the JVM exits. */
  static Path tempFile(String prefix, byte[] bytes) {
    try {
      Path p = Files.createTempFile("flamefix-seed-" + prefix, ".dat");
      p.toFile().deleteOnExit();
      Files.write(p, bytes);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    random(seed).nextBytes(b);
    return b;
  }

  static String text(int lines, int wordsPerLine, long seed) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      sb.append(sentence(wordsPerLine, seed * 31 + i)).append('\n');
    }
    return sb.toString();
  }
}
