package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.Cell;
import dev.flamefix.bench.seed.SeedDomain.Edge;
import dev.flamefix.bench.seed.SeedDomain.LogLine;
import dev.flamefix.bench.seed.SeedDomain.Order;
import dev.flamefix.bench.seed.SeedDomain.Reading;
import dev.flamefix.bench.seed.SeedDomain.StockItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Seeds for {@code double-map-lookup}: containsKey then get (or get then put) on the same key. */
final class DoubleLookupSeeds {
  private static final String CAT = SeedCategories.DOUBLE_LOOKUP;

  private DoubleLookupSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new WordCountContainsKey(), new GroupByContainsKey(), new TreeMapPriceLookup(), new KeySetThenGet(),
        new GetNullThenPut(), new NestedMapChain(), new InventoryDecrement(), new SetContainsThenAdd(),
        new CacheContainsKeyGet(), new TernaryDoubleGet());
  }

  static List<Cell> cells(int n, int range, long seed) {
    int[] r = SeedData.ints(2 * n, range, seed);
    List<Cell> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Cell(r[2 * i], r[2 * i + 1]));
    }
    return out;
  }

  static final class WordCountContainsKey extends SeedCase<List<String>> {
    WordCountContainsKey() {
      super("lookup-containskey-get-put-count", CAT,
          "1. Counts with Map.merge(word, 1, Integer::sum) instead of containsKey, get and put; 2. Three hash lookups per word become one.",
          () -> SeedData.words(8000, 241),
          () -> List.of(List.of(), List.of("a"), List.of("a", "a")),
          Slow::frequencies, Fast::frequencies);
    }

    static final class Slow {
      static Map<String, Integer> frequencies(List<String> words) {
        Map<String, Integer> freq = new TreeMap<>();
        for (String w : words) {
          if (freq.containsKey(w)) {
            freq.put(w, freq.get(w) + 1);
          } else {
            freq.put(w, 1);
          }
        }
        return freq;
      }
    }

    static final class Fast {
      static Map<String, Integer> frequencies(List<String> words) {
        Map<String, Integer> freq = new TreeMap<>();
        for (String w : words) {
          freq.merge(w, 1, Integer::sum);
        }
        return freq;
      }
    }
  }

  static final class GroupByContainsKey extends SeedCase<List<LogLine>> {
    GroupByContainsKey() {
      super("lookup-containskey-put-get-group", CAT,
          "1. Groups messages with computeIfAbsent(service, k -> new ArrayList<>()).add(...) instead of containsKey, put and a second get; 2. One lookup per line instead of two or three.",
          () -> SeedData.logLines(6000, 242),
          () -> List.of(List.of(), SeedData.logLines(2, 1)),
          Slow::byServiceAndLevel, Fast::byServiceAndLevel);
    }

    static final class Slow {
      static Map<String, List<String>> byServiceAndLevel(List<LogLine> lines) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (LogLine l : lines) {
          String key = l.service() + ":" + l.level();
          if (!groups.containsKey(key)) {
            groups.put(key, new ArrayList<>());
          }
          groups.get(key).add(l.message());
        }
        return groups;
      }
    }

    static final class Fast {
      static Map<String, List<String>> byServiceAndLevel(List<LogLine> lines) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (LogLine l : lines) {
          groups.computeIfAbsent(l.service() + ":" + l.level(), k -> new ArrayList<>()).add(l.message());
        }
        return groups;
      }
    }
  }

  record PricedOrders(TreeMap<String, Long> prices, List<Order> orders) {}

  static final class TreeMapPriceLookup extends SeedCase<PricedOrders> {
    TreeMapPriceLookup() {
      super("lookup-treemap-containskey-get", CAT,
          "1. Reads the price once with get and checks for null instead of containsKey followed by get on the TreeMap; 2. Halves the O(log n) string-comparing tree descents per order line.",
          () -> {
            TreeMap<String, Long> prices = new TreeMap<>();
            long[] p = SeedData.longs(500, 100_000L, 243);
            for (int i = 0; i < 500; i++) {
              prices.put(SeedData.sku(i), p[i]);
            }
            return new PricedOrders(prices, SeedData.orders(4000, 100, 700, 244));
          },
          () -> List.of(new PricedOrders(new TreeMap<>(), List.of()), new PricedOrders(new TreeMap<>(Map.of(SeedData.sku(0), 5L)), SeedData.orders(3, 1, 2, 1))),
          in -> Slow.total(in.prices(), in.orders()),
          in -> Fast.total(in.prices(), in.orders()));
    }

    static final class Slow {
      static long total(TreeMap<String, Long> prices, List<Order> orders) {
        long total = 0;
        for (Order o : orders) {
          if (prices.containsKey(o.sku())) {
            total += prices.get(o.sku()) * o.quantity();
          }
        }
        return total;
      }
    }

    static final class Fast {
      static long total(TreeMap<String, Long> prices, List<Order> orders) {
        long total = 0;
        for (Order o : orders) {
          Long price = prices.get(o.sku());
          if (price != null) {
            total += price * o.quantity();
          }
        }
        return total;
      }
    }
  }

  static final class KeySetThenGet extends SeedCase<TreeMap<String, Integer>> {
    KeySetThenGet() {
      super("lookup-keyset-iteration-get", CAT,
          "1. Iterates entrySet and reads getValue instead of iterating keySet and calling get for every key; 2. Removes a full tree search per entry.",
          () -> {
            TreeMap<String, Integer> m = new TreeMap<>();
            int[] v = SeedData.ints(5000, 10_000, 245);
            for (int i = 0; i < v.length; i++) {
              m.put("user-" + i, v[i]);
            }
            return m;
          },
          () -> List.of(new TreeMap<>(), new TreeMap<>(Map.of("a", 1))),
          Slow::topScorer, Fast::topScorer);
    }

    static final class Slow {
      static String topScorer(TreeMap<String, Integer> scores) {
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (String user : scores.keySet()) {
          if (scores.get(user) > bestScore) {
            bestScore = scores.get(user);
            best = user;
          }
        }
        return best;
      }
    }

    static final class Fast {
      static String topScorer(TreeMap<String, Integer> scores) {
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
          if (e.getValue() > bestScore) {
            bestScore = e.getValue();
            best = e.getKey();
          }
        }
        return best;
      }
    }
  }

  static final class GetNullThenPut extends SeedCase<List<Reading>> {
    GetNullThenPut() {
      super("lookup-get-null-then-put", CAT,
          "1. Records the first reading per sensor with putIfAbsent instead of get(...) == null followed by put; 2. A new sensor costs one hash probe instead of two.",
          () -> SeedData.readings(6000, 3000, 246),
          () -> List.of(List.of(), SeedData.readings(2, 1, 1)),
          Slow::firstSeen, Fast::firstSeen);
    }

    static final class Slow {
      static Map<String, Long> firstSeen(List<Reading> readings) {
        Map<String, Long> first = new HashMap<>();
        for (Reading r : readings) {
          if (first.get(r.sensorId()) == null) {
            first.put(r.sensorId(), r.timestamp());
          }
        }
        return first;
      }
    }

    static final class Fast {
      static Map<String, Long> firstSeen(List<Reading> readings) {
        Map<String, Long> first = new HashMap<>();
        for (Reading r : readings) {
          first.putIfAbsent(r.sensorId(), r.timestamp());
        }
        return first;
      }
    }
  }

  record Matrix(Map<Integer, Map<Integer, Integer>> weights, List<Edge> queries) {}

  static final class NestedMapChain extends SeedCase<Matrix> {
    NestedMapChain() {
      super("lookup-nested-map-repeated-get", CAT,
          "1. Fetches the inner row map once into a local and reads the weight with a single get and null check, instead of containsKey and get on both levels; 2. Four or five lookups per query become two.",
          () -> {
            Map<Integer, Map<Integer, Integer>> w = new HashMap<>();
            for (Edge e : SeedData.edges(300, 3000, 247)) {
              w.computeIfAbsent(e.from(), k -> new HashMap<>()).put(e.to(), e.weight());
            }
            return new Matrix(w, SeedData.edges(300, 5000, 248));
          },
          () -> List.of(new Matrix(Map.of(), List.of()), new Matrix(Map.of(0, Map.of(1, 5)), List.of(new Edge(0, 1, 0), new Edge(0, 2, 0), new Edge(3, 1, 0)))),
          in -> Slow.pathWeight(in.weights(), in.queries()),
          in -> Fast.pathWeight(in.weights(), in.queries()));
    }

    static final class Slow {
      static long pathWeight(Map<Integer, Map<Integer, Integer>> weights, List<Edge> hops) {
        long total = 0;
        for (Edge hop : hops) {
          if (weights.containsKey(hop.from()) && weights.get(hop.from()).containsKey(hop.to())) {
            total += weights.get(hop.from()).get(hop.to());
          }
        }
        return total;
      }
    }

    static final class Fast {
      static long pathWeight(Map<Integer, Map<Integer, Integer>> weights, List<Edge> hops) {
        long total = 0;
        for (Edge hop : hops) {
          Map<Integer, Integer> row = weights.get(hop.from());
          Integer w = row == null ? null : row.get(hop.to());
          if (w != null) {
            total += w;
          }
        }
        return total;
      }
    }
  }

  record StockAndOrders(List<StockItem> stock, List<Order> orders) {}

  static final class InventoryDecrement extends SeedCase<StockAndOrders> {
    InventoryDecrement() {
      super("lookup-inventory-containskey-get-put", CAT,
          "1. Reserves stock with computeIfPresent(sku, (k, left) -> left - qty) instead of containsKey, get and put; 2. One lookup per order line instead of three.",
          () -> new StockAndOrders(SeedData.stock(400, 400, 249), SeedData.orders(5000, 100, 450, 250)),
          () -> List.of(new StockAndOrders(List.of(), List.of()), new StockAndOrders(SeedData.stock(2, 1, 1), SeedData.orders(2, 1, 2, 1))),
          in -> Slow.remaining(in.stock(), in.orders()),
          in -> Fast.remaining(in.stock(), in.orders()));
    }

    static final class Slow {
      static Map<String, Integer> remaining(List<StockItem> stock, List<Order> orders) {
        Map<String, Integer> left = new TreeMap<>();
        for (StockItem s : stock) {
          left.merge(s.sku(), s.onHand(), Integer::sum);
        }
        for (Order o : orders) {
          if (left.containsKey(o.sku())) {
            left.put(o.sku(), left.get(o.sku()) - o.quantity());
          }
        }
        return left;
      }
    }

    static final class Fast {
      static Map<String, Integer> remaining(List<StockItem> stock, List<Order> orders) {
        Map<String, Integer> left = new TreeMap<>();
        for (StockItem s : stock) {
          left.merge(s.sku(), s.onHand(), Integer::sum);
        }
        for (Order o : orders) {
          left.computeIfPresent(o.sku(), (sku, n) -> n - o.quantity());
        }
        return left;
      }
    }
  }

  static final class SetContainsThenAdd extends SeedCase<List<Cell>> {
    SetContainsThenAdd() {
      super("lookup-set-contains-then-add", CAT,
          "1. Uses the boolean returned by Set.add instead of calling contains before add; 2. Each new cell is hashed and probed once, which matters for record keys whose hashCode is recomputed on every call.",
          () -> cells(8000, 120, 251),
          () -> List.of(List.of(), List.of(new Cell(0, 0), new Cell(0, 0))),
          Slow::firstVisits, Fast::firstVisits);
    }

    static final class Slow {
      static List<Cell> firstVisits(List<Cell> path) {
        Set<Cell> seen = new HashSet<>();
        List<Cell> order = new ArrayList<>();
        for (Cell c : path) {
          if (!seen.contains(c)) {
            seen.add(c);
            order.add(c);
          }
        }
        return order;
      }
    }

    static final class Fast {
      static List<Cell> firstVisits(List<Cell> path) {
        Set<Cell> seen = new HashSet<>();
        List<Cell> order = new ArrayList<>();
        for (Cell c : path) {
          if (seen.add(c)) {
            order.add(c);
          }
        }
        return order;
      }
    }
  }

  static final class CacheContainsKeyGet extends SeedCase<List<Cell>> {
    CacheContainsKeyGet() {
      super("lookup-cache-containskey-get-put", CAT,
          "1. Fills the distance cache with computeIfAbsent instead of containsKey, get and a separate put; 2. A hit costs one probe instead of two and a miss one instead of two.",
          () -> cells(6000, 40, 252),
          () -> List.of(List.of(), List.of(new Cell(3, 4), new Cell(3, 4))),
          cells -> new Slow().totalDistance(cells),
          cells -> new Fast().totalDistance(cells));
    }

    static final class Slow {
      private final Map<Cell, Double> cache = new HashMap<>();

      double distance(Cell c) {
        if (cache.containsKey(c)) {
          return cache.get(c);
        }
        double d = Math.sqrt((double) c.row() * c.row() + (double) c.col() * c.col());
        cache.put(c, d);
        return d;
      }

      double totalDistance(List<Cell> cells) {
        double total = 0;
        for (Cell c : cells) {
          total += distance(c);
        }
        return total;
      }
    }

    static final class Fast {
      private final Map<Cell, Double> cache = new HashMap<>();

      double distance(Cell c) {
        return cache.computeIfAbsent(c, k -> Math.sqrt((double) k.row() * k.row() + (double) k.col() * k.col()));
      }

      double totalDistance(List<Cell> cells) {
        double total = 0;
        for (Cell c : cells) {
          total += distance(c);
        }
        return total;
      }
    }
  }

  record Terrain(Map<Cell, Integer> heights, List<Cell> probes) {}

  static final class TernaryDoubleGet extends SeedCase<Terrain> {
    TernaryDoubleGet() {
      super("lookup-ternary-get-twice", CAT,
          "1. Uses getOrDefault instead of map.get(k) != null ? map.get(k) : 0; 2. The record key's hashCode and equals run once per probe instead of twice.",
          () -> {
            Map<Cell, Integer> h = new HashMap<>();
            List<Cell> cs = cells(3000, 80, 253);
            int[] v = SeedData.ints(3000, 900, 254);
            for (int i = 0; i < cs.size(); i++) {
              h.put(cs.get(i), v[i]);
            }
            return new Terrain(h, cells(8000, 80, 255));
          },
          () -> List.of(new Terrain(Map.of(), List.of()), new Terrain(Map.of(new Cell(1, 1), 7), List.of(new Cell(1, 1), new Cell(2, 2)))),
          in -> Slow.totalHeight(in.heights(), in.probes()),
          in -> Fast.totalHeight(in.heights(), in.probes()));
    }

    static final class Slow {
      static long totalHeight(Map<Cell, Integer> heights, List<Cell> probes) {
        long total = 0;
        for (Cell p : probes) {
          total += heights.get(p) != null ? heights.get(p) : 0;
        }
        return total;
      }
    }

    static final class Fast {
      static long totalHeight(Map<Cell, Integer> heights, List<Cell> probes) {
        long total = 0;
        for (Cell p : probes) {
          total += heights.getOrDefault(p, 0);
        }
        return total;
      }
    }
  }
}
