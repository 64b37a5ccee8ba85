package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.Customer;
import dev.flamefix.bench.seed.SeedDomain.Department;
import dev.flamefix.bench.seed.SeedDomain.Edge;
import dev.flamefix.bench.seed.SeedDomain.Employee;
import dev.flamefix.bench.seed.SeedDomain.LogLine;
import dev.flamefix.bench.seed.SeedDomain.Order;
import dev.flamefix.bench.seed.SeedDomain.Reading;
import dev.flamefix.bench.seed.SeedDomain.StockItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Seeds for {@code nested-loop-join}: matching two collections by key with an inner loop. */
final class NestedLoopJoinSeeds {
  private static final String CAT = SeedCategories.JOIN;

  private NestedLoopJoinSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new OrdersWithCustomerNames(), new EmployeesWithDepartments(), new ErrorsWithRequests(),
        new StockPerOrder(), new FriendsOfFriends(), new InvoicePriceFirstMatch(), new LeftJoinDefault(),
        new SensorPairsByTimestamp(), new ManyToManyCount(), new GroupChildrenByParent());
  }

  record OrdersCustomers(List<Order> orders, List<Customer> customers) {}

  static final class OrdersWithCustomerNames extends SeedCase<OrdersCustomers> {
    OrdersWithCustomerNames() {
      super("join-orders-customers", CAT,
          "1. Indexes customers by id in a HashMap once and looks each order's customer up instead of scanning all customers per order; 2. The join goes from O(orders x customers) to O(orders + customers).",
          () -> new OrdersCustomers(SeedData.orders(600, 300, 40, 141), SeedData.customers(300, 142)),
          () -> List.of(new OrdersCustomers(List.of(), List.of()),
              new OrdersCustomers(SeedData.orders(2, 1, 1, 1), SeedData.customers(1, 1))),
          in -> Slow.labelOrders(in.orders(), in.customers()),
          in -> Fast.labelOrders(in.orders(), in.customers()));
    }

    static final class Slow {
      static List<String> labelOrders(List<Order> orders, List<Customer> customers) {
        List<String> labels = new ArrayList<>();
        for (Order o : orders) {
          for (Customer c : customers) {
            if (c.id().equals(o.customerId())) {
              labels.add(o.id() + ":" + c.name());
            }
          }
        }
        return labels;
      }
    }

    static final class Fast {
      static List<String> labelOrders(List<Order> orders, List<Customer> customers) {
        Map<String, List<Customer>> byId = new HashMap<>();
        for (Customer c : customers) {
          byId.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
        }
        List<String> labels = new ArrayList<>();
        for (Order o : orders) {
          for (Customer c : byId.getOrDefault(o.customerId(), List.of())) {
            labels.add(o.id() + ":" + c.name());
          }
        }
        return labels;
      }
    }
  }

  record Staff(List<Employee> employees, List<Department> departments) {}

  static final class EmployeesWithDepartments extends SeedCase<Staff> {
    EmployeesWithDepartments() {
      super("join-employees-departments-payroll", CAT,
          "1. Builds an int-keyed map of department names once instead of looping over all departments for every employee; 2. Payroll per department needs one hash lookup per employee.",
          () -> new Staff(SeedData.employees(1500, 200, 143), SeedData.departments(200)),
          () -> List.of(new Staff(List.of(), List.of()), new Staff(SeedData.employees(3, 1, 1), SeedData.departments(1))),
          in -> Slow.payrollByDepartment(in.employees(), in.departments()),
          in -> Fast.payrollByDepartment(in.employees(), in.departments()));
    }

    static final class Slow {
      static Map<String, Long> payrollByDepartment(List<Employee> employees, List<Department> departments) {
        Map<String, Long> payroll = new LinkedHashMap<>();
        for (Employee e : employees) {
          for (Department d : departments) {
            if (d.id() == e.departmentId()) {
              payroll.merge(d.name(), e.salaryCents(), Long::sum);
              break;
            }
          }
        }
        return payroll;
      }
    }

    static final class Fast {
      static Map<String, Long> payrollByDepartment(List<Employee> employees, List<Department> departments) {
        Map<Integer, String> names = new HashMap<>();
        for (Department d : departments) {
          names.putIfAbsent(d.id(), d.name());
        }
        Map<String, Long> payroll = new LinkedHashMap<>();
        for (Employee e : employees) {
          String name = names.get(e.departmentId());
          if (name != null) {
            payroll.merge(name, e.salaryCents(), Long::sum);
          }
        }
        return payroll;
      }
    }
  }

  /** Errors and access log lines share a request id in their message. */
  record Logs(List<LogLine> errors, List<LogLine> access) {}

  static final class ErrorsWithRequests extends SeedCase<Logs> {
    ErrorsWithRequests() {
      super("join-error-log-request-ids", CAT,
          "1. Extracts the request ids of the access log into a HashMap from id to the first line once, instead of re-parsing and scanning the access log for every error; 2. Parsing work drops from errors x access to errors + access.",
          () -> new Logs(SeedData.logLines(300, 144), SeedData.logLines(600, 145)),
          () -> List.of(new Logs(List.of(), List.of()), new Logs(SeedData.logLines(1, 1), SeedData.logLines(1, 1))),
          in -> Slow.servicesOfFailedRequests(in.errors(), in.access()),
          in -> Fast.servicesOfFailedRequests(in.errors(), in.access()));
    }

    static final class Slow {
      static List<String> servicesOfFailedRequests(List<LogLine> errors, List<LogLine> access) {
        List<String> out = new ArrayList<>();
        for (LogLine e : errors) {
          String id = e.message().substring(0, e.message().indexOf(' '));
          for (LogLine a : access) {
            if (a.message().substring(0, a.message().indexOf(' ')).equals(id)) {
              out.add(id + "->" + a.service());
              break;
            }
          }
        }
        return out;
      }
    }

    static final class Fast {
      static List<String> servicesOfFailedRequests(List<LogLine> errors, List<LogLine> access) {
        Map<String, String> serviceByRequest = new HashMap<>();
        for (LogLine a : access) {
          serviceByRequest.putIfAbsent(a.message().substring(0, a.message().indexOf(' ')), a.service());
        }
        List<String> out = new ArrayList<>();
        for (LogLine e : errors) {
          String id = e.message().substring(0, e.message().indexOf(' '));
          String service = serviceByRequest.get(id);
          if (service != null) {
            out.add(id + "->" + service);
          }
        }
        return out;
      }
    }
  }

  record OrdersStock(List<Order> orders, List<StockItem> stock) {}

  static final class StockPerOrder extends SeedCase<OrdersStock> {
    StockPerOrder() {
      super("join-orders-stock-sum", CAT,
          "1. Pre-aggregates on-hand stock per SKU in one pass over the stock list instead of summing the matching stock rows inside the per-order loop; 2. Each order then needs one map lookup.",
          () -> new OrdersStock(SeedData.orders(500, 100, 150, 146), SeedData.stock(900, 150, 147)),
          () -> List.of(new OrdersStock(List.of(), List.of()), new OrdersStock(SeedData.orders(2, 1, 1, 1), SeedData.stock(2, 1, 1))),
          in -> Slow.unfillable(in.orders(), in.stock()),
          in -> Fast.unfillable(in.orders(), in.stock()));
    }

    static final class Slow {
      static int unfillable(List<Order> orders, List<StockItem> stock) {
        int short_ = 0;
        for (Order o : orders) {
          int onHand = 0;
          for (StockItem s : stock) {
            if (s.sku().equals(o.sku())) {
              onHand += s.onHand();
            }
          }
          if (onHand < o.quantity() * 40) {
            short_++;
          }
        }
        return short_;
      }
    }

    static final class Fast {
      static int unfillable(List<Order> orders, List<StockItem> stock) {
        Map<String, Integer> onHandBySku = new HashMap<>();
        for (StockItem s : stock) {
          onHandBySku.merge(s.sku(), s.onHand(), Integer::sum);
        }
        int short_ = 0;
        for (Order o : orders) {
          if (onHandBySku.getOrDefault(o.sku(), 0) < o.quantity() * 40) {
            short_++;
          }
        }
        return short_;
      }
    }
  }

  static final class FriendsOfFriends extends SeedCase<List<Edge>> {
    FriendsOfFriends() {
      super("join-edges-self-join", CAT,
          "1. Groups outgoing edges by source node in an adjacency map instead of joining the edge list with itself in a double loop; 2. Two-hop paths are enumerated from each edge's target bucket only.",
          () -> SeedData.edges(400, 900, 148),
          () -> List.of(List.of(), List.of(new Edge(0, 1, 1)), List.of(new Edge(0, 1, 1), new Edge(1, 2, 1), new Edge(1, 0, 1))),
          Slow::twoHopCount, Fast::twoHopCount);
    }

    static final class Slow {
      static int twoHopCount(List<Edge> edges) {
        Set<Long> pairs = new HashSet<>();
        for (Edge first : edges) {
          for (Edge second : edges) {
            if (first.to() == second.from() && first.from() != second.to()) {
              pairs.add(((long) first.from() << 32) | second.to());
            }
          }
        }
        return pairs.size();
      }
    }

    static final class Fast {
      static int twoHopCount(List<Edge> edges) {
        Map<Integer, List<Edge>> outgoing = new HashMap<>();
        for (Edge e : edges) {
          outgoing.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
        }
        Set<Long> pairs = new HashSet<>();
        for (Edge first : edges) {
          for (Edge second : outgoing.getOrDefault(first.to(), List.of())) {
            if (first.from() != second.to()) {
              pairs.add(((long) first.from() << 32) | second.to());
            }
          }
        }
        return pairs.size();
      }
    }
  }

  /** Invoice lines (sku, quantity) and a price list of (sku, cents) rows. */
  record InvoiceAndPrices(List<String> skus, int[] quantities, List<String> priceSkus, long[] priceCents) {}

  static final class InvoicePriceFirstMatch extends SeedCase<InvoiceAndPrices> {
    InvoicePriceFirstMatch() {
      super("join-invoice-price-list", CAT,
          "1. Turns the price list into a sku-to-price HashMap that keeps the first row per sku, matching the old break-on-first-match scan; 2. Pricing an invoice line becomes a constant-time lookup.",
          () -> {
            List<String> skus = new ArrayList<>();
            for (int v : SeedData.ints(700, 900, 149)) {
              skus.add(SeedData.sku(v));
            }
            List<String> priceSkus = new ArrayList<>();
            for (int i = 0; i < 800; i++) {
              priceSkus.add(SeedData.sku(i));
            }
            return new InvoiceAndPrices(skus, SeedData.ints(700, 9, 150), priceSkus, SeedData.longs(800, 50_000L, 151));
          },
          () -> List.of(new InvoiceAndPrices(List.of(), new int[0], List.of(), new long[0]),
              new InvoiceAndPrices(List.of("a", "b"), new int[] {1, 2}, List.of("a", "a"), new long[] {5, 7})),
          in -> Slow.invoiceTotal(in.skus(), in.quantities(), in.priceSkus(), in.priceCents()),
          in -> Fast.invoiceTotal(in.skus(), in.quantities(), in.priceSkus(), in.priceCents()));
    }

    static final class Slow {
      static long invoiceTotal(List<String> skus, int[] quantities, List<String> priceSkus, long[] priceCents) {
        long total = 0;
        for (int i = 0; i < skus.size(); i++) {
          for (int p = 0; p < priceSkus.size(); p++) {
            if (priceSkus.get(p).equals(skus.get(i))) {
              total += quantities[i] * priceCents[p];
              break;
            }
          }
        }
        return total;
      }
    }

    static final class Fast {
      static long invoiceTotal(List<String> skus, int[] quantities, List<String> priceSkus, long[] priceCents) {
        Map<String, Long> price = new HashMap<>(priceSkus.size() * 2);
        for (int p = 0; p < priceSkus.size(); p++) {
          price.putIfAbsent(priceSkus.get(p), priceCents[p]);
        }
        long total = 0;
        for (int i = 0; i < skus.size(); i++) {
          Long cents = price.get(skus.get(i));
          if (cents != null) {
            total += quantities[i] * cents;
          }
        }
        return total;
      }
    }
  }

  static final class LeftJoinDefault extends SeedCase<OrdersCustomers> {
    LeftJoinDefault() {
      super("join-left-join-country-default", CAT,
          "1. Replaces the inner search loop with a customer-id-to-country HashMap and getOrDefault for the unmatched case; 2. Keeps left-join semantics (the first matching customer wins) in linear time.",
          () -> new OrdersCustomers(SeedData.orders(700, 400, 40, 152), SeedData.customers(400, 153)),
          () -> List.of(new OrdersCustomers(List.of(), List.of()), new OrdersCustomers(SeedData.orders(3, 5, 1, 1), SeedData.customers(1, 1))),
          in -> Slow.ordersPerCountry(in.orders(), in.customers()),
          in -> Fast.ordersPerCountry(in.orders(), in.customers()));
    }

    static final class Slow {
      static Map<String, Integer> ordersPerCountry(List<Order> orders, List<Customer> customers) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Order o : orders) {
          String country = "unknown";
          for (Customer c : customers) {
            if (c.id().equals(o.customerId())) {
              country = c.country();
              break;
            }
          }
          counts.merge(country, 1, Integer::sum);
        }
        return counts;
      }
    }

    static final class Fast {
      static Map<String, Integer> ordersPerCountry(List<Order> orders, List<Customer> customers) {
        Map<String, String> countryById = new HashMap<>();
        for (Customer c : customers) {
          countryById.putIfAbsent(c.id(), c.country());
        }
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Order o : orders) {
          counts.merge(countryById.getOrDefault(o.customerId(), "unknown"), 1, Integer::sum);
        }
        return counts;
      }
    }
  }

  record TwoSensors(List<Reading> indoor, List<Reading> outdoor) {}

  static final class SensorPairsByTimestamp extends SeedCase<TwoSensors> {
    SensorPairsByTimestamp() {
      super("join-readings-by-timestamp", CAT,
          "1. Indexes the outdoor readings by timestamp (first reading wins) and probes the map for each indoor reading instead of a nested scan; 2. Pairs are found in one pass over each series.",
          () -> {
            List<Reading> a = SeedData.readings(800, 1, 154);
            List<Reading> b = new ArrayList<>();
            for (Reading r : SeedData.readings(800, 1, 155)) {
              if (r.timestamp() % 1000 != 0) {
                b.add(r);
              }
            }
            return new TwoSensors(a, b);
          },
          () -> List.of(new TwoSensors(List.of(), List.of()), new TwoSensors(SeedData.readings(1, 1, 1), SeedData.readings(1, 1, 2))),
          in -> Slow.temperatureDeltas(in.indoor(), in.outdoor()),
          in -> Fast.temperatureDeltas(in.indoor(), in.outdoor()));
    }

    static final class Slow {
      static double[] temperatureDeltas(List<Reading> indoor, List<Reading> outdoor) {
        List<Double> deltas = new ArrayList<>();
        for (Reading in : indoor) {
          for (Reading out : outdoor) {
            if (out.timestamp() == in.timestamp()) {
              deltas.add(in.value() - out.value());
              break;
            }
          }
        }
        double[] result = new double[deltas.size()];
        for (int i = 0; i < result.length; i++) {
          result[i] = deltas.get(i);
        }
        return result;
      }
    }

    static final class Fast {
      static double[] temperatureDeltas(List<Reading> indoor, List<Reading> outdoor) {
        Map<Long, Reading> outdoorAt = new HashMap<>(outdoor.size() * 2);
        for (Reading out : outdoor) {
          outdoorAt.putIfAbsent(out.timestamp(), out);
        }
        double[] result = new double[indoor.size()];
        int n = 0;
        for (Reading in : indoor) {
          Reading out = outdoorAt.get(in.timestamp());
          if (out != null) {
            result[n++] = in.value() - out.value();
          }
        }
        return java.util.Arrays.copyOf(result, n);
      }
    }
  }

  record Tags(List<String> articleTags, List<String> userInterests) {}

  static final class ManyToManyCount extends SeedCase<Tags> {
    ManyToManyCount() {
      super("join-many-to-many-count", CAT,
          "1. Counts occurrences per tag on one side and multiplies by the counts of the other instead of comparing every pair of rows; 2. The size of an equi-join is computed without enumerating it.",
          () -> new Tags(SeedData.words(1200, 156), SeedData.words(1200, 157)),
          () -> List.of(new Tags(List.of(), List.of()), new Tags(List.of("a", "a"), List.of("a", "b", "a"))),
          in -> Slow.matchingPairs(in.articleTags(), in.userInterests()),
          in -> Fast.matchingPairs(in.articleTags(), in.userInterests()));
    }

    static final class Slow {
      static long matchingPairs(List<String> articleTags, List<String> userInterests) {
        long pairs = 0;
        for (String tag : articleTags) {
          for (String interest : userInterests) {
            if (tag.equals(interest)) {
              pairs++;
            }
          }
        }
        return pairs;
      }
    }

    static final class Fast {
      static long matchingPairs(List<String> articleTags, List<String> userInterests) {
        Map<String, Long> interestCounts = new HashMap<>();
        for (String interest : userInterests) {
          interestCounts.merge(interest, 1L, Long::sum);
        }
        long pairs = 0;
        for (String tag : articleTags) {
          pairs += interestCounts.getOrDefault(tag, 0L);
        }
        return pairs;
      }
    }
  }

  /** Category ids with parent ids (-1 for roots) and names. */
  record CategoryTree(int[] ids, int[] parents) {}

  static final class GroupChildrenByParent extends SeedCase<CategoryTree> {
    GroupChildrenByParent() {
      super("join-children-per-parent", CAT,
          "1. Buckets categories by parent id in one pass instead of scanning the whole table for the children of every category; 2. Building the child lists becomes linear.",
          () -> {
            int n = 1200;
            int[] ids = new int[n];
            int[] parents = new int[n];
            int[] r = SeedData.ints(n, 1 << 30, 158);
            for (int i = 0; i < n; i++) {
              ids[i] = i;
              parents[i] = i == 0 ? -1 : r[i] % i;
            }
            return new CategoryTree(ids, parents);
          },
          () -> List.of(new CategoryTree(new int[0], new int[0]), new CategoryTree(new int[] {0}, new int[] {-1}),
              new CategoryTree(new int[] {0, 1, 2}, new int[] {-1, 0, 0})),
          in -> Slow.childrenByParent(in.ids(), in.parents()),
          in -> Fast.childrenByParent(in.ids(), in.parents()));
    }

    static final class Slow {
      static Map<Integer, List<Integer>> childrenByParent(int[] ids, int[] parents) {
        Map<Integer, List<Integer>> children = new LinkedHashMap<>();
        for (int id : ids) {
          List<Integer> kids = new ArrayList<>();
          for (int j = 0; j < ids.length; j++) {
            if (parents[j] == id) {
              kids.add(ids[j]);
            }
          }
          children.put(id, kids);
        }
        return children;
      }
    }

    static final class Fast {
      static Map<Integer, List<Integer>> childrenByParent(int[] ids, int[] parents) {
        Map<Integer, List<Integer>> byParent = new HashMap<>();
        for (int j = 0; j < ids.length; j++) {
          byParent.computeIfAbsent(parents[j], k -> new ArrayList<>()).add(ids[j]);
        }
        Map<Integer, List<Integer>> children = new LinkedHashMap<>();
        for (int id : ids) {
          children.put(id, byParent.getOrDefault(id, new ArrayList<>()));
        }
        return children;
      }
    }
  }
}
