package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.LogLine;
import dev.flamefix.bench.seed.SeedDomain.Order;
import dev.flamefix.bench.seed.SeedDomain.Reading;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Stack;
import java.util.Vector;

/**
 * Seeds for {@code synchronized-legacy-collection}: Vector, Hashtable, Stack, StringBuffer and
 * synchronized wrappers on single-threaded hot paths, where every call takes a monitor.
 */
final class SynchronizedLegacySeeds {
  private static final String CAT = SeedCategories.SYNC_LEGACY;

  private SynchronizedLegacySeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new VectorRunningMax(), new HashtableWordCounts(), new SynchronizedMapHistogram(), new SynchronizedListFilter(),
        new StackBracketMatch(), new VectorEnumeration(), new SynchronizedSetDedupe(), new VectorEventBuffer(),
        new HashtableIndex(), new SynchronizedMapCounts());
  }

  static final class VectorRunningMax extends SeedCase<double[]> {
    VectorRunningMax() {
      super("sync-vector-running-max-returned", CAT,
          "1. Builds the returned running-maximum series in an ArrayList instead of a Vector; 2. The get and set per sample no longer enter and exit the Vector's monitor, which outweighed the comparison itself.",
          () -> SeedData.doubles(6000, 161),
          () -> List.of(new double[0], new double[] {1.5}, new double[] {3, 1, 4}),
          Slow::runningMax, Fast::runningMax);
    }

    static final class Slow {
      static List<Double> runningMax(double[] prices) {
        Vector<Double> out = new Vector<>(Collections.nCopies(prices.length, 0.0));
        for (int i = 0; i < prices.length; i++) {
          out.set(i, i == 0 ? prices[0] : Math.max(out.get(i - 1), prices[i]));
        }
        return out;
      }
    }

    static final class Fast {
      static List<Double> runningMax(double[] prices) {
        List<Double> out = new ArrayList<>(Collections.nCopies(prices.length, 0.0));
        for (int i = 0; i < prices.length; i++) {
          out.set(i, i == 0 ? prices[0] : Math.max(out.get(i - 1), prices[i]));
        }
        return out;
      }
    }
  }

  static final class SynchronizedMapHistogram extends SeedCase<int[]> {
    SynchronizedMapHistogram() {
      super("sync-synchronizedmap-status-histogram", CAT,
          "1. Returns a HashMap histogram of status codes instead of wrapping it in Collections.synchronizedMap while only this thread fills it; 2. Each merge skips the wrapper's lock, leaving a single cheap Integer hash update.",
          () -> {
            int[] codes = {200, 200, 200, 201, 204, 301, 304, 400, 401, 403, 404, 500, 502, 503};
            int[] picks = SeedData.ints(20_000, codes.length, 171);
            int[] out = new int[picks.length];
            for (int i = 0; i < picks.length; i++) {
              out[i] = codes[picks[i]];
            }
            return out;
          },
          () -> List.of(new int[0], new int[] {200}, new int[] {404, 404}),
          Slow::histogram, Fast::histogram);
    }

    static final class Slow {
      static Map<Integer, Integer> histogram(int[] statusCodes) {
        Map<Integer, Integer> counts = Collections.synchronizedMap(new HashMap<>());
        for (int code : statusCodes) {
          counts.merge(code, 1, Integer::sum);
        }
        return counts;
      }
    }

    static final class Fast {
      static Map<Integer, Integer> histogram(int[] statusCodes) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int code : statusCodes) {
          counts.merge(code, 1, Integer::sum);
        }
        return counts;
      }
    }
  }

  static final class HashtableWordCounts extends SeedCase<List<String>> {
    HashtableWordCounts() {
      super("sync-hashtable-word-counts", CAT,
          "1. Counts words in a HashMap with merge instead of a Hashtable with synchronized get and put; 2. Drops two lock acquisitions and a second lookup per word.",
          () -> SeedData.words(6000, 162),
          () -> List.of(List.of(), List.of("a"), List.of("b", "b")),
          Slow::counts, Fast::counts);
    }

    static final class Slow {
      static Map<String, Integer> counts(List<String> words) {
        Hashtable<String, Integer> counts = new Hashtable<>();
        for (String w : words) {
          Integer c = counts.get(w);
          counts.put(w, c == null ? 1 : c + 1);
        }
        return counts;
      }
    }

    static final class Fast {
      static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : words) {
          counts.merge(w, 1, Integer::sum);
        }
        return counts;
      }
    }
  }

  static final class SynchronizedListFilter extends SeedCase<int[]> {
    SynchronizedListFilter() {
      super("sync-synchronizedlist-local", CAT,
          "1. Uses a plain ArrayList for a list that never leaves the method instead of Collections.synchronizedList; 2. Each add and get no longer goes through a wrapper that locks a mutex.",
          () -> SeedData.ints(8000, 10_000, 164),
          () -> List.of(new int[0], new int[] {4}, new int[] {3}),
          Slow::evenSquaresSum, Fast::evenSquaresSum);
    }

    static final class Slow {
      static long evenSquaresSum(int[] values) {
        List<Integer> evens = Collections.synchronizedList(new ArrayList<>());
        for (int v : values) {
          if (v % 2 == 0) {
            evens.add(v);
          }
        }
        long sum = 0;
        for (int i = 0; i < evens.size(); i++) {
          sum += (long) evens.get(i) * evens.get(i);
        }
        return sum;
      }
    }

    static final class Fast {
      static long evenSquaresSum(int[] values) {
        List<Integer> evens = new ArrayList<>();
        for (int v : values) {
          if (v % 2 == 0) {
            evens.add(v);
          }
        }
        long sum = 0;
        for (int i = 0; i < evens.size(); i++) {
          sum += (long) evens.get(i) * evens.get(i);
        }
        return sum;
      }
    }
  }

  static final class StackBracketMatch extends SeedCase<String> {
    StackBracketMatch() {
      super("sync-stack-unclosed-brackets", CAT,
          "1. Uses an ArrayList as the bracket stack instead of java.util.Stack, a synchronized Vector subclass whose push, peek, pop and empty each take its monitor; 2. The returned stack keeps the same contents, but the hot loop is lock-free.",
          () -> {
            StringBuilder sb = new StringBuilder();
            int[] r = SeedData.ints(4000, 3, 165);
            for (int v : r) {
              sb.append("([{".charAt(v));
            }
            for (int i = r.length - 1; i >= 100; i--) {
              sb.append(")]}".charAt(r[i]));
            }
            return sb.toString();
          },
          () -> List.of("", "(", ")", "([)]", "{}"),
          Slow::unclosed, Fast::unclosed);
    }

    static final class Slow {
      /** The brackets left open (or closed without a partner), innermost last. */
      static List<Character> unclosed(String expr) {
        Stack<Character> open = new Stack<>();
        for (int i = 0; i < expr.length(); i++) {
          char c = expr.charAt(i);
          if (c == '(' || c == '[' || c == '{') {
            open.push(c);
          } else if (c == ')' || c == ']' || c == '}') {
            char partner = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (!open.empty() && open.peek() == partner) {
              open.pop();
            } else {
              open.push(c);
            }
          }
        }
        return open;
      }
    }

    static final class Fast {
      /** The brackets left open (or closed without a partner), innermost last. */
      static List<Character> unclosed(String expr) {
        List<Character> open = new ArrayList<>();
        for (int i = 0; i < expr.length(); i++) {
          char c = expr.charAt(i);
          if (c == '(' || c == '[' || c == '{') {
            open.add(c);
          } else if (c == ')' || c == ']' || c == '}') {
            char partner = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (!open.isEmpty() && open.get(open.size() - 1) == partner) {
              open.remove(open.size() - 1);
            } else {
              open.add(c);
            }
          }
        }
        return open;
      }
    }
  }

  static final class VectorEnumeration extends SeedCase<List<LogLine>> {
    VectorEnumeration() {
      super("sync-vector-elementat-scan", CAT,
          "1. Keeps the warning lines in an ArrayList and scans them with an enhanced for loop instead of a Vector read through synchronized elementAt calls; 2. Saves a lock per element in both the fill and the scan.",
          () -> SeedData.logLines(5000, 166),
          () -> List.of(List.of(), SeedData.logLines(1, 1)),
          Slow::longestWarning, Fast::longestWarning);
    }

    static final class Slow {
      static int longestWarning(List<LogLine> lines) {
        Vector<String> warnings = new Vector<>();
        for (LogLine l : lines) {
          if (!l.level().equals("INFO")) {
            warnings.addElement(l.message());
          }
        }
        int longest = 0;
        for (int i = 0; i < warnings.size(); i++) {
          longest = Math.max(longest, warnings.elementAt(i).length());
        }
        return longest;
      }
    }

    static final class Fast {
      static int longestWarning(List<LogLine> lines) {
        List<String> warnings = new ArrayList<>();
        for (LogLine l : lines) {
          if (!l.level().equals("INFO")) {
            warnings.add(l.message());
          }
        }
        int longest = 0;
        for (String w : warnings) {
          longest = Math.max(longest, w.length());
        }
        return longest;
      }
    }
  }

  /** Known product ids and the ids scanned at a till. */
  record Scans(int[] catalog, int[] scanned) {}

  static final class SynchronizedSetDedupe extends SeedCase<Scans> {
    SynchronizedSetDedupe() {
      super("sync-synchronizedset-membership", CAT,
          "1. Answers the membership checks from a plain HashSet instead of a Collections.synchronizedSet that only this method uses and returns; 2. Each contains call skips the wrapper's mutex, which cost more than the Integer hash probe itself.",
          () -> new Scans(SeedData.ints(2000, 50_000, 167), SeedData.ints(20_000, 50_000, 168)),
          () -> List.of(new Scans(new int[0], new int[0]), new Scans(new int[] {1}, new int[] {1, 2})),
          in -> Slow.unknownScans(in.catalog(), in.scanned()),
          in -> Fast.unknownScans(in.catalog(), in.scanned()));
    }

    static final class Slow {
      static Set<Integer> unknownScans(int[] catalog, int[] scanned) {
        Set<Integer> known = Collections.synchronizedSet(new HashSet<>());
        for (int id : catalog) {
          known.add(id);
        }
        Set<Integer> unknown = Collections.synchronizedSet(new HashSet<>());
        for (int id : scanned) {
          if (!known.contains(id)) {
            unknown.add(id);
          }
        }
        return unknown;
      }
    }

    static final class Fast {
      static Set<Integer> unknownScans(int[] catalog, int[] scanned) {
        Set<Integer> known = new HashSet<>();
        for (int id : catalog) {
          known.add(id);
        }
        Set<Integer> unknown = new HashSet<>();
        for (int id : scanned) {
          if (!known.contains(id)) {
            unknown.add(id);
          }
        }
        return unknown;
      }
    }
  }

  static final class VectorEventBuffer extends SeedCase<List<Reading>> {
    VectorEventBuffer() {
      super("sync-vector-field-buffer", CAT,
          "1. Backs a single-threaded event buffer with an ArrayList field instead of a Vector field; 2. Every offer and drain stops acquiring the Vector's monitor.",
          () -> SeedData.readings(5000, 6, 168),
          () -> List.of(List.of(), SeedData.readings(1, 1, 1)),
          readings -> {
            Slow buffer = new Slow();
            double total = 0;
            for (Reading r : readings) {
              buffer.offer(r.value());
              if (buffer.size() == 64) {
                total += buffer.drainSum();
              }
            }
            return total + buffer.drainSum();
          },
          readings -> {
            Fast buffer = new Fast();
            double total = 0;
            for (Reading r : readings) {
              buffer.offer(r.value());
              if (buffer.size() == 64) {
                total += buffer.drainSum();
              }
            }
            return total + buffer.drainSum();
          });
    }

    static final class Slow {
      private final Vector<Double> pending = new Vector<>();

      void offer(double value) {
        pending.add(value);
      }

      int size() {
        return pending.size();
      }

      double drainSum() {
        double sum = 0;
        for (int i = 0; i < pending.size(); i++) {
          sum += pending.get(i);
        }
        pending.clear();
        return sum;
      }
    }

    static final class Fast {
      private final List<Double> pending = new ArrayList<>();

      void offer(double value) {
        pending.add(value);
      }

      int size() {
        return pending.size();
      }

      double drainSum() {
        double sum = 0;
        for (int i = 0; i < pending.size(); i++) {
          sum += pending.get(i);
        }
        pending.clear();
        return sum;
      }
    }
  }

  static final class HashtableIndex extends SeedCase<List<Order>> {
    HashtableIndex() {
      super("sync-hashtable-enumeration-index", CAT,
          "1. Indexes orders by SKU in a HashMap instead of a Hashtable and iterates values directly instead of via a synchronized Enumeration of keys plus get; 2. Removes per-call locking and a second lookup per key.",
          () -> SeedData.orders(5000, 100, 300, 169),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 1)),
          Slow::largestSkuQuantity, Fast::largestSkuQuantity);
    }

    static final class Slow {
      static int largestSkuQuantity(List<Order> orders) {
        Hashtable<String, Integer> perSku = new Hashtable<>();
        for (Order o : orders) {
          Integer q = perSku.get(o.sku());
          perSku.put(o.sku(), (q == null ? 0 : q) + o.quantity());
        }
        int best = 0;
        for (Enumeration<String> keys = perSku.keys(); keys.hasMoreElements(); ) {
          best = Math.max(best, perSku.get(keys.nextElement()));
        }
        return best;
      }
    }

    static final class Fast {
      static int largestSkuQuantity(List<Order> orders) {
        Map<String, Integer> perSku = new HashMap<>();
        for (Order o : orders) {
          perSku.merge(o.sku(), o.quantity(), Integer::sum);
        }
        int best = 0;
        for (int q : perSku.values()) {
          best = Math.max(best, q);
        }
        return best;
      }
    }
  }

  static final class SynchronizedMapCounts extends SeedCase<List<LogLine>> {
    SynchronizedMapCounts() {
      super("sync-synchronizedmap-level-counts", CAT,
          "1. Counts levels per service in a local HashMap instead of Collections.synchronizedMap; 2. containsKey, get and put each took the wrapper's lock, and merge now does one lookup.",
          () -> SeedData.logLines(5000, 170),
          () -> List.of(List.of(), SeedData.logLines(1, 1)),
          Slow::levelCounts, Fast::levelCounts);
    }

    static final class Slow {
      static Map<String, Integer> levelCounts(List<LogLine> lines) {
        Map<String, Integer> counts = Collections.synchronizedMap(new HashMap<>());
        for (LogLine l : lines) {
          String key = l.service() + "/" + l.level();
          if (counts.containsKey(key)) {
            counts.put(key, counts.get(key) + 1);
          } else {
            counts.put(key, 1);
          }
        }
        return counts;
      }
    }

    static final class Fast {
      static Map<String, Integer> levelCounts(List<LogLine> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (LogLine l : lines) {
          counts.merge(l.service() + "/" + l.level(), 1, Integer::sum);
        }
        return counts;
      }
    }
  }
}
