package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.Customer;
import dev.flamefix.bench.seed.SeedDomain.Edge;
import dev.flamefix.bench.seed.SeedDomain.Order;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Seeds for {@code linear-search-in-loop}: membership or index tests that scan a list per item. */
final class LinearSearchSeeds {
  private static final String CAT = SeedCategories.LINEAR_SEARCH;

  private LinearSearchSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new KnownCustomers(), new DedupePreservingOrder(), new CommonIds(), new CatalogIndex(),
        new BlockedIps(), new BfsVisited(), new StopwordFilter(), new HasDuplicates(),
        new RemoveAllList(), new AllowedStatuses());
  }

  /** Orders plus the registered customers. */
  record OrdersAndCustomers(List<Order> orders, List<Customer> customers) {}

  static final class KnownCustomers extends SeedCase<OrdersAndCustomers> {
    KnownCustomers() {
      super("search-known-customers", CAT,
          "1. Collects the customer ids into a HashSet once and tests membership in O(1) instead of scanning the customer list for every order; 2. The loop drops from O(orders x customers) to O(orders + customers).",
          () -> new OrdersAndCustomers(SeedData.orders(800, 400, 50, 21), SeedData.customers(400, 21)),
          () -> List.of(new OrdersAndCustomers(List.of(), List.of()),
              new OrdersAndCustomers(SeedData.orders(3, 1, 2, 1), SeedData.customers(1, 1))),
          in -> Slow.ordersFromKnownCustomers(in.orders(), in.customers()),
          in -> Fast.ordersFromKnownCustomers(in.orders(), in.customers()));
    }

    static final class Slow {
      static int ordersFromKnownCustomers(List<Order> orders, List<Customer> customers) {
        List<String> ids = new ArrayList<>();
        for (Customer c : customers) {
          ids.add(c.id());
        }
        int known = 0;
        for (Order o : orders) {
          if (ids.contains(o.customerId())) {
            known++;
          }
        }
        return known;
      }
    }

    static final class Fast {
      static int ordersFromKnownCustomers(List<Order> orders, List<Customer> customers) {
        Set<String> ids = new HashSet<>(customers.size() * 2);
        for (Customer c : customers) {
          ids.add(c.id());
        }
        int known = 0;
        for (Order o : orders) {
          if (ids.contains(o.customerId())) {
            known++;
          }
        }
        return known;
      }
    }
  }

  static final class DedupePreservingOrder extends SeedCase<List<String>> {
    DedupePreservingOrder() {
      super("search-dedupe-keep-order", CAT,
          "1. Deduplicates through a LinkedHashSet instead of calling result.contains before every add; 2. Keeps first-seen order while each check becomes a hash lookup rather than a scan of the result list.",
          () -> SeedData.words(1500, 22),
          () -> List.of(List.of(), List.of("a"), Arrays.asList("a", null, "a", null)),
          Slow::distinctTags, Fast::distinctTags);
    }

    static final class Slow {
      static List<String> distinctTags(List<String> tags) {
        List<String> result = new ArrayList<>();
        for (String tag : tags) {
          if (!result.contains(tag)) {
            result.add(tag);
          }
        }
        return result;
      }
    }

    static final class Fast {
      static List<String> distinctTags(List<String> tags) {
        return new ArrayList<>(new LinkedHashSet<>(tags));
      }
    }
  }

  /** Two arrays of ids. */
  record IdArrays(int[] left, int[] right) {}

  static final class CommonIds extends SeedCase<IdArrays> {
    CommonIds() {
      super("search-common-ids-array", CAT,
          "1. Puts the second id array into a HashSet of Integer once instead of scanning it with an inner loop per id of the first; 2. Turns the quadratic intersection into a linear one.",
          () -> new IdArrays(SeedData.ints(1200, 5000, 23), SeedData.ints(1200, 5000, 24)),
          () -> List.of(new IdArrays(new int[0], new int[0]), new IdArrays(new int[] {1, 1}, new int[] {1})),
          in -> Slow.countShared(in.left(), in.right()),
          in -> Fast.countShared(in.left(), in.right()));
    }

    static final class Slow {
      static int countShared(int[] left, int[] right) {
        int shared = 0;
        for (int id : left) {
          for (int other : right) {
            if (id == other) {
              shared++;
              break;
            }
          }
        }
        return shared;
      }
    }

    static final class Fast {
      static int countShared(int[] left, int[] right) {
        Set<Integer> rightIds = new HashSet<>(right.length * 2);
        for (int other : right) {
          rightIds.add(other);
        }
        int shared = 0;
        for (int id : left) {
          if (rightIds.contains(id)) {
            shared++;
          }
        }
        return shared;
      }
    }
  }

  /** A catalog of SKUs and the SKUs requested. */
  record CatalogAndRequests(List<String> catalog, List<String> requested) {}

  static final class CatalogIndex extends SeedCase<CatalogAndRequests> {
    CatalogIndex() {
      super("search-catalog-indexof", CAT,
          "1. Builds a sku-to-position HashMap once (keeping the first position) instead of catalog.indexOf per requested sku; 2. Each lookup becomes O(1) instead of a linear scan.",
          () -> {
            List<String> catalog = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
              catalog.add(SeedData.sku(i));
            }
            List<String> requested = new ArrayList<>();
            for (int v : SeedData.ints(800, 700, 25)) {
              requested.add(SeedData.sku(v));
            }
            return new CatalogAndRequests(catalog, requested);
          },
          () -> List.of(new CatalogAndRequests(List.of(), List.of("x")),
              new CatalogAndRequests(List.of("a", "b", "a"), List.of("a", "c"))),
          in -> Slow.positions(in.catalog(), in.requested()),
          in -> Fast.positions(in.catalog(), in.requested()));
    }

    static final class Slow {
      static int[] positions(List<String> catalog, List<String> requested) {
        int[] result = new int[requested.size()];
        for (int i = 0; i < requested.size(); i++) {
          result[i] = catalog.indexOf(requested.get(i));
        }
        return result;
      }
    }

    static final class Fast {
      static int[] positions(List<String> catalog, List<String> requested) {
        Map<String, Integer> index = new HashMap<>(catalog.size() * 2);
        for (int i = 0; i < catalog.size(); i++) {
          index.putIfAbsent(catalog.get(i), i);
        }
        int[] result = new int[requested.size()];
        for (int i = 0; i < requested.size(); i++) {
          result[i] = index.getOrDefault(requested.get(i), -1);
        }
        return result;
      }
    }
  }

  /** Request source addresses and a block list. */
  record Traffic(String[] addresses, String[] blocklist) {}

  static final class BlockedIps extends SeedCase<Traffic> {
    BlockedIps() {
      super("search-blocked-ips-array", CAT,
          "1. Loads the block list array into a HashSet once instead of looping over it with equals for every request; 2. Membership per request is a single hash probe.",
          () -> {
            int[] a = SeedData.ints(2000, 900, 26);
            String[] addresses = new String[a.length];
            for (int i = 0; i < a.length; i++) {
              addresses[i] = "10.0." + (a[i] / 256) + "." + (a[i] % 256);
            }
            int[] b = SeedData.ints(300, 900, 27);
            String[] blocklist = new String[b.length];
            for (int i = 0; i < b.length; i++) {
              blocklist[i] = "10.0." + (b[i] / 256) + "." + (b[i] % 256);
            }
            return new Traffic(addresses, blocklist);
          },
          () -> List.of(new Traffic(new String[0], new String[0]), new Traffic(new String[] {"1.1.1.1"}, new String[] {"1.1.1.1"})),
          in -> Slow.countBlocked(in.addresses(), in.blocklist()),
          in -> Fast.countBlocked(in.addresses(), in.blocklist()));
    }

    static final class Slow {
      static int countBlocked(String[] addresses, String[] blocklist) {
        int blocked = 0;
        for (String address : addresses) {
          for (String bad : blocklist) {
            if (bad.equals(address)) {
              blocked++;
              break;
            }
          }
        }
        return blocked;
      }
    }

    static final class Fast {
      static int countBlocked(String[] addresses, String[] blocklist) {
        Set<String> bad = new HashSet<>(Arrays.asList(blocklist));
        int blocked = 0;
        for (String address : addresses) {
          if (address != null && bad.contains(address)) {
            blocked++;
          }
        }
        return blocked;
      }
    }
  }

  /** A graph as an edge list and a start node. */
  record Graph(int nodes, List<Edge> edges) {}

  static final class BfsVisited extends SeedCase<Graph> {
    BfsVisited() {
      super("search-bfs-visited-list", CAT,
          "1. Tracks visited nodes in a boolean array instead of a List<Integer> searched with contains; 2. The BFS goes from O(V^2) membership scans back to O(V + E).",
          () -> new Graph(1500, SeedData.edges(1500, 4000, 28)),
          () -> List.of(new Graph(1, List.of()), new Graph(2, List.of(new Edge(0, 1, 1), new Edge(1, 0, 1)))),
          in -> Slow.reachableFromZero(in.nodes(), in.edges()),
          in -> Fast.reachableFromZero(in.nodes(), in.edges()));
    }

    static final class Slow {
      static List<Integer> reachableFromZero(int nodes, List<Edge> edges) {
        List<List<Integer>> adjacent = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
          adjacent.add(new ArrayList<>());
        }
        for (Edge e : edges) {
          adjacent.get(e.from()).add(e.to());
        }
        List<Integer> visited = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        visited.add(0);
        while (!queue.isEmpty()) {
          int node = queue.poll();
          for (int next : adjacent.get(node)) {
            if (!visited.contains(next)) {
              visited.add(next);
              queue.add(next);
            }
          }
        }
        return visited;
      }
    }

    static final class Fast {
      static List<Integer> reachableFromZero(int nodes, List<Edge> edges) {
        List<List<Integer>> adjacent = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
          adjacent.add(new ArrayList<>());
        }
        for (Edge e : edges) {
          adjacent.get(e.from()).add(e.to());
        }
        boolean[] seen = new boolean[nodes];
        List<Integer> visited = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        visited.add(0);
        seen[0] = true;
        while (!queue.isEmpty()) {
          int node = queue.poll();
          for (int next : adjacent.get(node)) {
            if (!seen[next]) {
              seen[next] = true;
              visited.add(next);
              queue.add(next);
            }
          }
        }
        return visited;
      }
    }
  }

  /** Text to filter and the stop words. */
  record TextAndStopwords(String text, List<String> stopwords) {}

  static final class StopwordFilter extends SeedCase<TextAndStopwords> {
    StopwordFilter() {
      super("search-stopword-list", CAT,
          "1. Checks each token against a HashSet of stop words instead of List.contains over 200 entries; 2. The per-token cost no longer grows with the stop-word list.",
          () -> new TextAndStopwords(SeedData.sentence(1500, 29), SeedData.words(200, 30)),
          () -> List.of(new TextAndStopwords("", List.of()), new TextAndStopwords("ka lo", List.of("ka"))),
          in -> Slow.keywords(in.text(), in.stopwords()),
          in -> Fast.keywords(in.text(), in.stopwords()));
    }

    static final class Slow {
      static List<String> keywords(String text, List<String> stopwords) {
        List<String> kept = new ArrayList<>();
        for (String token : text.split(" ")) {
          if (!token.isEmpty() && !stopwords.contains(token)) {
            kept.add(token);
          }
        }
        return kept;
      }
    }

    static final class Fast {
      static List<String> keywords(String text, List<String> stopwords) {
        Set<String> stop = new HashSet<>(stopwords);
        List<String> kept = new ArrayList<>();
        for (String token : text.split(" ")) {
          if (!token.isEmpty() && !stop.contains(token)) {
            kept.add(token);
          }
        }
        return kept;
      }
    }
  }

  static final class HasDuplicates extends SeedCase<long[]> {
    HasDuplicates() {
      super("search-has-duplicate-pairs", CAT,
          "1. Detects a repeated transaction id with HashSet.add returning false instead of comparing every pair i < j; 2. One pass in O(n) replaces the O(n^2) double loop.",
          () -> {
            long[] ids = new long[2500];
            for (int i = 0; i < ids.length; i++) {
              ids[i] = 7_000_000L + i * 13L;
            }
            ids[ids.length - 1] = ids[ids.length / 2];
            return ids;
          },
          () -> List.of(new long[0], new long[] {5}, new long[] {5, 6}, new long[] {5, 5}),
          Slow::hasDuplicate, Fast::hasDuplicate);
    }

    static final class Slow {
      static boolean hasDuplicate(long[] transactionIds) {
        for (int i = 0; i < transactionIds.length; i++) {
          for (int j = i + 1; j < transactionIds.length; j++) {
            if (transactionIds[i] == transactionIds[j]) {
              return true;
            }
          }
        }
        return false;
      }
    }

    static final class Fast {
      static boolean hasDuplicate(long[] transactionIds) {
        Set<Long> seen = new HashSet<>(transactionIds.length * 2);
        for (long id : transactionIds) {
          if (!seen.add(id)) {
            return true;
          }
        }
        return false;
      }
    }
  }

  /** Pending SKUs and the SKUs to cancel. */
  record Removal(List<String> pending, List<String> cancelled) {}

  static final class RemoveAllList extends SeedCase<Removal> {
    RemoveAllList() {
      super("search-removeall-with-list", CAT,
          "1. Passes a HashSet to removeAll instead of a List, because ArrayList.removeAll calls contains on its argument for every element; 2. Cuts the removal from O(n x m) to O(n + m).",
          () -> {
            List<String> pending = new ArrayList<>();
            for (int v : SeedData.ints(2000, 3000, 31)) {
              pending.add(SeedData.sku(v));
            }
            List<String> cancelled = new ArrayList<>();
            for (int v : SeedData.ints(500, 3000, 32)) {
              cancelled.add(SeedData.sku(v));
            }
            return new Removal(pending, cancelled);
          },
          () -> List.of(new Removal(List.of(), List.of()), new Removal(List.of("a", "b"), List.of("b"))),
          in -> Slow.stillPending(in.pending(), in.cancelled()),
          in -> Fast.stillPending(in.pending(), in.cancelled()));
    }

    static final class Slow {
      static List<String> stillPending(List<String> pending, List<String> cancelled) {
        List<String> result = new ArrayList<>(pending);
        result.removeAll(cancelled);
        return result;
      }
    }

    static final class Fast {
      static List<String> stillPending(List<String> pending, List<String> cancelled) {
        List<String> result = new ArrayList<>(pending);
        result.removeAll(new HashSet<>(cancelled));
        return result;
      }
    }
  }

  static final class AllowedStatuses extends SeedCase<List<Order>> {
    AllowedStatuses() {
      super("search-aslist-contains-status", CAT,
          "1. Keeps the allowed statuses in a static HashSet instead of wrapping an array with Arrays.asList and scanning it per order; 2. Removes a wrapper allocation and a linear equals scan per order.",
          () -> SeedData.orders(3000, 100, 100, 33),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 2)),
          Slow::billable, Fast::billable);
    }

    static final class Slow {
      private static final String[] BILLABLE = {"NEW", "PAID", "SHIPPED", "BACKORDER", "PARTIAL", "HELD", "INVOICED"};

      static long billable(List<Order> orders) {
        long cents = 0;
        for (Order o : orders) {
          if (Arrays.asList(BILLABLE).contains(o.status())) {
            cents += o.quantity() * o.unitCents();
          }
        }
        return cents;
      }
    }

    static final class Fast {
      private static final Set<String> BILLABLE =
          new HashSet<>(Arrays.asList("NEW", "PAID", "SHIPPED", "BACKORDER", "PARTIAL", "HELD", "INVOICED"));

      static long billable(List<Order> orders) {
        long cents = 0;
        for (Order o : orders) {
          if (BILLABLE.contains(o.status())) {
            cents += o.quantity() * o.unitCents();
          }
        }
        return cents;
      }
    }
  }
}
