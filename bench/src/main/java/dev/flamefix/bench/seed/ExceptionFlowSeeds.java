package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.Customer;
import dev.flamefix.bench.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Seeds for {@code exception-control-flow}: exceptions thrown and caught on the normal path. */
final class ExceptionFlowSeeds {
  private static final String CAT = SeedCategories.EXCEPTION;

  private ExceptionFlowSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new ParseIntIsNumeric(), new ParseDoubleSentinel(), new EnumValueOfCatch(), new NotFoundLookup(),
        new IteratorNoSuchElement(), new HexColorParse(), new ValidateByThrowing(), new UnwindRecursion(),
        new OptionalOrElseThrow(), new GridNeighboursOutOfBounds());
  }

  static List<String> mixedTokens(int n, long seed) {
    List<String> out = new ArrayList<>();
    List<String> words = SeedData.words(n, seed);
    int[] nums = SeedData.ints(n, 100_000, seed + 1);
    for (int i = 0; i < n; i++) {
      out.add(i % 2 == 0 ? String.valueOf(nums[i] - 50_000) : words.get(i));
    }
    return out;
  }

  static final class ParseIntIsNumeric extends SeedCase<List<String>> {
    ParseIntIsNumeric() {
      super("exc-parseint-isnumeric", CAT,
          "1. Rejects tokens containing a non-digit with a cheap character scan before calling Integer.parseInt, so the NumberFormatException path is no longer the normal path for words; 2. Avoids building an exception and its stack trace for every non-numeric token.",
          () -> mixedTokens(1000, 181),
          () -> List.of(List.of(), List.of(""), List.of("-"), List.of("+7", "99999999999", "١٢"), List.of("-2147483648")),
          Slow::sumNumbers, Fast::sumNumbers);
    }

    static final class Slow {
      static long sumNumbers(List<String> tokens) {
        long sum = 0;
        for (String t : tokens) {
          try {
            sum += Integer.parseInt(t);
          } catch (NumberFormatException e) {
            // not a number, skip
          }
        }
        return sum;
      }
    }

    static final class Fast {
      static long sumNumbers(List<String> tokens) {
        long sum = 0;
        for (String t : tokens) {
          if (!looksLikeInt(t)) {
            continue;
          }
          try {
            sum += Integer.parseInt(t);
          } catch (NumberFormatException e) {
            // overflow or a lone sign, skip
          }
        }
        return sum;
      }

      private static boolean looksLikeInt(String t) {
        if (t.isEmpty()) {
          return false;
        }
        for (int i = 0; i < t.length(); i++) {
          char c = t.charAt(i);
          boolean sign = i == 0 && (c == '-' || c == '+');
          if (!sign && Character.digit(c, 10) < 0) {
            return false;
          }
        }
        return true;
      }
    }
  }

  static final class ParseDoubleSentinel extends SeedCase<List<String>> {
    ParseDoubleSentinel() {
      super("exc-parsedouble-na-sentinel", CAT,
          "1. Skips the known \"N/A\" and empty placeholders before Double.parseDouble instead of letting them throw NumberFormatException; 2. Exceptions stay reserved for genuinely malformed values, which are rare.",
          () -> {
            List<String> cells = new ArrayList<>();
            double[] d = SeedData.doubles(1000, 182);
            for (int i = 0; i < d.length; i++) {
              cells.add(i % 3 == 0 ? "N/A" : i % 7 == 0 ? "" : String.valueOf(d[i]));
            }
            return cells;
          },
          () -> List.of(List.of(), List.of("N/A"), List.of("1e3", "x", " 2 ")),
          Slow::mean, Fast::mean);
    }

    static final class Slow {
      static double mean(List<String> cells) {
        double sum = 0;
        int n = 0;
        for (String c : cells) {
          try {
            sum += Double.parseDouble(c);
            n++;
          } catch (NumberFormatException e) {
            // missing value
          }
        }
        return n == 0 ? Double.NaN : sum / n;
      }
    }

    static final class Fast {
      static double mean(List<String> cells) {
        double sum = 0;
        int n = 0;
        for (String c : cells) {
          if (c.isEmpty() || c.equals("N/A")) {
            continue;
          }
          try {
            sum += Double.parseDouble(c);
            n++;
          } catch (NumberFormatException e) {
            // malformed value
          }
        }
        return n == 0 ? Double.NaN : sum / n;
      }
    }
  }

  /** Log severities. */
  enum Severity { TRACE, DEBUG, INFO, WARN, ERROR, FATAL }

  static final class EnumValueOfCatch extends SeedCase<List<String>> {
    EnumValueOfCatch() {
      super("exc-enum-valueof-catch", CAT,
          "1. Looks severity names up in a static HashMap built from values() instead of calling Severity.valueOf and catching IllegalArgumentException for unknown names; 2. Unknown names cost a hash miss instead of an exception with a stack trace.",
          () -> {
            String[] names = {"INFO", "warning", "ERROR", "Err", "DEBUG", "critical", "WARN", "notice"};
            List<String> out = new ArrayList<>();
            for (int v : SeedData.ints(1000, names.length, 183)) {
              out.add(names[v]);
            }
            return out;
          },
          () -> List.of(List.of(), List.of("FATAL"), List.of("fatal", "")),
          Slow::severities, Fast::severities);
    }

    static final class Slow {
      static int[] severities(List<String> names) {
        int[] counts = new int[Severity.values().length];
        for (String name : names) {
          Severity s;
          try {
            s = Severity.valueOf(name);
          } catch (IllegalArgumentException e) {
            s = Severity.INFO;
          }
          counts[s.ordinal()]++;
        }
        return counts;
      }
    }

    static final class Fast {
      private static final Map<String, Severity> BY_NAME = new HashMap<>();

      static {
        for (Severity s : Severity.values()) {
          BY_NAME.put(s.name(), s);
        }
      }

      static int[] severities(List<String> names) {
        int[] counts = new int[Severity.values().length];
        for (String name : names) {
          counts[BY_NAME.getOrDefault(name, Severity.INFO).ordinal()]++;
        }
        return counts;
      }
    }
  }

  /** A lookup miss signalled by an exception. */
  static final class CustomerNotFoundException extends Exception {
    CustomerNotFoundException(String id) {
      super("no customer " + id);
    }
  }

  record Directory(Map<String, Customer> customers, List<Order> orders) {}

  static final class NotFoundLookup extends SeedCase<Directory> {
    NotFoundLookup() {
      super("exc-checked-not-found-lookup", CAT,
          "1. Returns an Optional from the customer lookup instead of throwing a checked CustomerNotFoundException that the loop catches for every guest order; 2. A miss no longer allocates an exception and fills in its stack trace.",
          () -> {
            Map<String, Customer> byId = new HashMap<>();
            for (Customer c : SeedData.customers(200, 184)) {
              byId.put(c.id(), c);
            }
            return new Directory(byId, SeedData.orders(800, 400, 20, 185));
          },
          () -> List.of(new Directory(Map.of(), List.of()), new Directory(Map.of(), SeedData.orders(1, 1, 1, 1))),
          in -> new Slow(in.customers()).countries(in.orders()),
          in -> new Fast(in.customers()).countries(in.orders()));
    }

    static final class Slow {
      private final Map<String, Customer> customers;

      Slow(Map<String, Customer> customers) {
        this.customers = customers;
      }

      Customer find(String id) throws CustomerNotFoundException {
        Customer c = customers.get(id);
        if (c == null) {
          throw new CustomerNotFoundException(id);
        }
        return c;
      }

      Map<String, Integer> countries(List<Order> orders) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Order o : orders) {
          String country;
          try {
            country = find(o.customerId()).country();
          } catch (CustomerNotFoundException e) {
            country = "guest";
          }
          counts.merge(country, 1, Integer::sum);
        }
        return counts;
      }
    }

    static final class Fast {
      private final Map<String, Customer> customers;

      Fast(Map<String, Customer> customers) {
        this.customers = customers;
      }

      Optional<Customer> find(String id) {
        return Optional.ofNullable(customers.get(id));
      }

      Map<String, Integer> countries(List<Order> orders) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Order o : orders) {
          String country = find(o.customerId()).map(Customer::country).orElse("guest");
          counts.merge(country, 1, Integer::sum);
        }
        return counts;
      }
    }
  }

  static final class IteratorNoSuchElement extends SeedCase<List<List<Integer>>> {
    IteratorNoSuchElement() {
      super("exc-iterator-nosuchelement-end", CAT,
          "1. Ends each batch loop with hasNext instead of calling next until NoSuchElementException is thrown; 2. Every batch used to pay for one exception with a full stack trace.",
          () -> {
            List<List<Integer>> batches = new ArrayList<>();
            int[] sizes = SeedData.ints(800, 6, 186);
            for (int i = 0; i < sizes.length; i++) {
              batches.add(SeedData.intList(sizes[i], 100, i));
            }
            return batches;
          },
          () -> List.of(List.of(), List.of(List.of()), List.of(List.of(1, 2), List.of(3))),
          Slow::batchMaxima, Fast::batchMaxima);
    }

    static final class Slow {
      static long batchMaxima(List<List<Integer>> batches) {
        long total = 0;
        for (List<Integer> batch : batches) {
          Iterator<Integer> it = batch.iterator();
          int max = 0;
          try {
            while (true) {
              max = Math.max(max, it.next());
            }
          } catch (NoSuchElementException end) {
            total += max;
          }
        }
        return total;
      }
    }

    static final class Fast {
      static long batchMaxima(List<List<Integer>> batches) {
        long total = 0;
        for (List<Integer> batch : batches) {
          int max = 0;
          for (Iterator<Integer> it = batch.iterator(); it.hasNext(); ) {
            max = Math.max(max, it.next());
          }
          total += max;
        }
        return total;
      }
    }
  }

  static final class HexColorParse extends SeedCase<List<String>> {
    HexColorParse() {
      super("exc-hex-color-parse-catch", CAT,
          "1. Validates that a colour is '#' plus six hex digits with Character.digit before Integer.parseInt(..., 16), instead of parsing anything and catching NumberFormatException for named colours; 2. Named colours take the fast non-exceptional path.",
          () -> {
            String[] named = {"red", "teal", "#zzzzzz", "navy", "#12"};
            List<String> out = new ArrayList<>();
            int[] v = SeedData.ints(1000, 0xffffff, 187);
            for (int i = 0; i < v.length; i++) {
              out.add(i % 2 == 0 ? String.format("#%06x", v[i]) : named[i % named.length]);
            }
            return out;
          },
          () -> List.of(List.of(), List.of("#"), List.of("#000000", "#FFFFFF", "#-12345", "#+12345")),
          Slow::brightness, Fast::brightness);
    }

    static final class Slow {
      static long brightness(List<String> colours) {
        long total = 0;
        for (String c : colours) {
          try {
            int rgb = Integer.parseInt(c.substring(1), 16);
            total += ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
          } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            total += 0;
          }
        }
        return total;
      }
    }

    static final class Fast {
      static long brightness(List<String> colours) {
        long total = 0;
        for (String c : colours) {
          if (!hexDigitsAfterFirst(c)) {
            continue;
          }
          try {
            int rgb = Integer.parseInt(c.substring(1), 16);
            total += ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
          } catch (NumberFormatException e) {
            total += 0;
          }
        }
        return total;
      }

      /** False only where parseInt would surely fail: no chars after the first, or a non-hex one. */
      private static boolean hexDigitsAfterFirst(String c) {
        if (c.length() < 2) {
          return false;
        }
        for (int i = 1; i < c.length(); i++) {
          char ch = c.charAt(i);
          boolean sign = i == 1 && (ch == '-' || ch == '+');
          if (!sign && Character.digit(ch, 16) < 0) {
            return false;
          }
        }
        return true;
      }
    }
  }

  static final class ValidateByThrowing extends SeedCase<List<Order>> {
    ValidateByThrowing() {
      super("exc-validate-throw-count", CAT,
          "1. Makes the order check return a reason code instead of throwing IllegalArgumentException that the batch loop catches to count rejects; 2. Rejected orders, a large share, no longer allocate exceptions and stack traces.",
          () -> SeedData.orders(1000, 100, 50, 188),
          () -> List.of(List.of(), SeedData.orders(3, 1, 1, 1)),
          Slow::rejected, Fast::rejected);
    }

    static final class Slow {
      static void validate(Order o) {
        if (o.quantity() > 6) {
          throw new IllegalArgumentException("quantity too large: " + o.quantity());
        }
        if (o.status().equals("CANCELLED")) {
          throw new IllegalArgumentException("cancelled order " + o.id());
        }
      }

      static int rejected(List<Order> orders) {
        int rejected = 0;
        for (Order o : orders) {
          try {
            validate(o);
          } catch (IllegalArgumentException e) {
            rejected++;
          }
        }
        return rejected;
      }
    }

    static final class Fast {
      static String problem(Order o) {
        if (o.quantity() > 6) {
          return "quantity too large";
        }
        if (o.status().equals("CANCELLED")) {
          return "cancelled order";
        }
        return null;
      }

      static int rejected(List<Order> orders) {
        int rejected = 0;
        for (Order o : orders) {
          if (problem(o) != null) {
            rejected++;
          }
        }
        return rejected;
      }
    }
  }

  /** A category tree node. */
  record Node(int key, List<Node> children) {}

  /** A deep category tree and the keys to find in it. */
  record TreeAndTargets(Node root, int[] targets) {}

  static Node deepTree(int depth, long seed) {
    int[] extra = SeedData.ints(depth, 10_000, seed);
    Node node = new Node(depth, List.of());
    for (int d = depth - 1; d >= 0; d--) {
      node = d % 4 == 0 ? new Node(d, List.of(new Node(10_000 + extra[d], List.of()), node)) : new Node(d, List.of(node));
    }
    return node;
  }

  static final class UnwindRecursion extends SeedCase<TreeAndTargets> {
    UnwindRecursion() {
      super("exc-found-exception-unwind", CAT,
          "1. Returns the found depth up through the recursion instead of throwing a FoundException from deep inside the tree walk to unwind it; 2. Each hit no longer fills in a stack trace that is as deep as the tree.",
          () -> new TreeAndTargets(deepTree(300, 189), SeedData.ints(60, 320, 190)),
          () -> List.of(new TreeAndTargets(new Node(1, List.of()), new int[] {1, 2}),
              new TreeAndTargets(deepTree(5, 1), new int[] {0, 5, 6, 10_000})),
          in -> Slow.depths(in.root(), in.targets()),
          in -> Fast.depths(in.root(), in.targets()));
    }

    static final class Slow {
      static final class FoundException extends RuntimeException {
        final int depth;

        FoundException(int depth) {
          this.depth = depth;
        }
      }

      static void search(Node node, int depth, int target) {
        if (node.key() == target) {
          throw new FoundException(depth);
        }
        for (Node child : node.children()) {
          search(child, depth + 1, target);
        }
      }

      static int[] depths(Node root, int[] targets) {
        int[] out = new int[targets.length];
        for (int i = 0; i < targets.length; i++) {
          try {
            search(root, 0, targets[i]);
            out[i] = -1;
          } catch (FoundException found) {
            out[i] = found.depth;
          }
        }
        return out;
      }
    }

    static final class Fast {
      static int search(Node node, int depth, int target) {
        if (node.key() == target) {
          return depth;
        }
        for (Node child : node.children()) {
          int found = search(child, depth + 1, target);
          if (found >= 0) {
            return found;
          }
        }
        return -1;
      }

      static int[] depths(Node root, int[] targets) {
        int[] out = new int[targets.length];
        for (int i = 0; i < targets.length; i++) {
          out[i] = search(root, 0, targets[i]);
        }
        return out;
      }
    }
  }

  record Settings(Map<String, String> values, List<String> keys) {}

  static final class OptionalOrElseThrow extends SeedCase<Settings> {
    OptionalOrElseThrow() {
      super("exc-optional-orelsethrow-default", CAT,
          "1. Uses Optional.orElse for the default instead of orElseThrow and a catch of NoSuchElementException; 2. Missing settings, the common case, stop creating exceptions.",
          () -> {
            Map<String, String> values = new HashMap<>();
            List<String> words = SeedData.words(400, 191);
            for (int i = 0; i < 200; i++) {
              values.put("k" + i, words.get(i));
            }
            List<String> keys = new ArrayList<>();
            for (int v : SeedData.ints(1000, 450, 192)) {
              keys.add("k" + v);
            }
            return new Settings(values, keys);
          },
          () -> List.of(new Settings(Map.of(), List.of()), new Settings(Map.of("a", "x"), List.of("a", "b"))),
          in -> Slow.resolvedLength(in.values(), in.keys()),
          in -> Fast.resolvedLength(in.values(), in.keys()));
    }

    static final class Slow {
      static int resolvedLength(Map<String, String> values, List<String> keys) {
        int length = 0;
        for (String k : keys) {
          String v;
          try {
            v = Optional.ofNullable(values.get(k)).orElseThrow();
          } catch (NoSuchElementException e) {
            v = "default";
          }
          length += v.length();
        }
        return length;
      }
    }

    static final class Fast {
      static int resolvedLength(Map<String, String> values, List<String> keys) {
        int length = 0;
        for (String k : keys) {
          length += Optional.ofNullable(values.get(k)).orElse("default").length();
        }
        return length;
      }
    }
  }

  static final class GridNeighboursOutOfBounds extends SeedCase<List<List<Integer>>> {
    GridNeighboursOutOfBounds() {
      super("exc-grid-neighbours-ioobe", CAT,
          "1. Checks row and column bounds before reading a neighbour instead of calling List.get and catching IndexOutOfBoundsException at the grid edges; 2. Border cells, about a third of a small grid, no longer throw.",
          () -> {
            List<List<Integer>> grid = new ArrayList<>();
            for (int r = 0; r < 12; r++) {
              grid.add(SeedData.intList(12, 10, 193 + r));
            }
            return grid;
          },
          () -> List.of(List.of(), List.of(List.of(5)), List.of(List.of(1, 2), List.of(3, 4))),
          Slow::localMaxima, Fast::localMaxima);
    }

    static final class Slow {
      static int localMaxima(List<List<Integer>> grid) {
        int[][] dirs = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        int count = 0;
        for (int r = 0; r < grid.size(); r++) {
          for (int c = 0; c < grid.get(r).size(); c++) {
            int v = grid.get(r).get(c);
            boolean max = true;
            for (int[] d : dirs) {
              try {
                if (grid.get(r + d[0]).get(c + d[1]) >= v) {
                  max = false;
                }
              } catch (IndexOutOfBoundsException outside) {
                // edge of the grid
              }
            }
            if (max) {
              count++;
            }
          }
        }
        return count;
      }
    }

    static final class Fast {
      static int localMaxima(List<List<Integer>> grid) {
        int[][] dirs = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        int count = 0;
        for (int r = 0; r < grid.size(); r++) {
          for (int c = 0; c < grid.get(r).size(); c++) {
            int v = grid.get(r).get(c);
            boolean max = true;
            for (int[] d : dirs) {
              int nr = r + d[0];
              int nc = c + d[1];
              if (nr >= 0 && nr < grid.size() && nc >= 0 && nc < grid.get(nr).size() && grid.get(nr).get(nc) >= v) {
                max = false;
              }
            }
            if (max) {
              count++;
            }
          }
        }
        return count;
      }
    }
  }
}
