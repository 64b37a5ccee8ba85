package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.LogLine;
import dev.flamefix.bench.seed.SeedDomain.Order;
import dev.flamefix.bench.seed.SeedDomain.Reading;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
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
        new VectorResult(), new HashtableWordCounts(), new StringBufferCsv(), new SynchronizedListFilter(),
        new StackBracketMatch(), new VectorEnumeration(), new SynchronizedSetDedupe(), new VectorEventBuffer(),
        new HashtableIndex(), new SynchronizedMapCounts());
  }

  static final class VectorResult extends SeedCase<List<Order>> {
    VectorResult() {
      super("sync-vector-result-list", CAT,
          "1. Collects results in an ArrayList instead of a Vector, whose add and get are synchronized methods; 2. Removes a monitor enter and exit per element on a list only one thread ever sees.",
          () -> SeedData.orders(5000, 100, 100, 161),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 1)),
          Slow::paidOrderIds, Fast::paidOrderIds);
    }

    static final class Slow {
      static List<Long> paidOrderIds(List<Order> orders) {
        Vector<Long> ids = new Vector<>();
        for (Order o : orders) {
          if (o.status().equals("PAID") || o.status().equals("SHIPPED")) {
            ids.add(o.id());
          }
        }
        return ids;
      }
    }

    static final class Fast {
      static List<Long> paidOrderIds(List<Order> orders) {
        List<Long> ids = new ArrayList<>();
        for (Order o : orders) {
          if (o.status().equals("PAID") || o.status().equals("SHIPPED")) {
            ids.add(o.id());
          }
        }
        return ids;
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

  static final class StringBufferCsv extends SeedCase<List<Reading>> {
    StringBufferCsv() {
      super("sync-stringbuffer-export", CAT,
          "1. Builds the export with StringBuilder instead of StringBuffer, whose every append is synchronized; 2. The builder is method-local, so the locking bought nothing.",
          () -> SeedData.readings(3000, 10, 163),
          () -> List.of(List.of(), SeedData.readings(1, 1, 1)),
          Slow::export, Fast::export);
    }

    static final class Slow {
      static String export(List<Reading> readings) {
        StringBuffer out = new StringBuffer();
        for (Reading r : readings) {
          out.append(r.sensorId()).append(',').append(r.timestamp()).append(',').append(r.value()).append('\n');
        }
        return out.toString();
      }
    }

    static final class Fast {
      static String export(List<Reading> readings) {
        StringBuilder out = new StringBuilder();
        for (Reading r : readings) {
          out.append(r.sensorId()).append(',').append(r.timestamp()).append(',').append(r.value()).append('\n');
        }
        return out.toString();
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
      super("sync-stack-bracket-matching", CAT,
          "1. Replaces java.util.Stack, a synchronized Vector subclass, with an ArrayDeque used as a stack; 2. push, pop and isEmpty stop taking a lock and checking Vector's bounds.",
          () -> {
            StringBuilder sb = new StringBuilder();
            int[] r = SeedData.ints(4000, 3, 165);
            for (int v : r) {
              sb.append("([{".charAt(v));
            }
            for (int i = r.length - 1; i >= 0; i--) {
              sb.append(")]}".charAt(r[i]));
            }
            return sb.toString();
          },
          () -> List.of("", "(", ")", "([)]", "{}"),
          Slow::balanced, Fast::balanced);
    }

    static final class Slow {
      static boolean balanced(String expr) {
        Stack<Character> open = new Stack<>();
        for (int i = 0; i < expr.length(); i++) {
          char c = expr.charAt(i);
          if (c == '(' || c == '[' || c == '{') {
            open.push(c);
          } else if (c == ')' || c == ']' || c == '}') {
            if (open.isEmpty()) {
              return false;
            }
            char o = open.pop();
            if ((c == ')' && o != '(') || (c == ']' && o != '[') || (c == '}' && o != '{')) {
              return false;
            }
          }
        }
        return open.isEmpty();
      }
    }

    static final class Fast {
      static boolean balanced(String expr) {
        Deque<Character> open = new ArrayDeque<>();
        for (int i = 0; i < expr.length(); i++) {
          char c = expr.charAt(i);
          if (c == '(' || c == '[' || c == '{') {
            open.push(c);
          } else if (c == ')' || c == ']' || c == '}') {
            if (open.isEmpty()) {
              return false;
            }
            char o = open.pop();
            if ((c == ')' && o != '(') || (c == ']' && o != '[') || (c == '}' && o != '{')) {
              return false;
            }
          }
        }
        return open.isEmpty();
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

  static final class SynchronizedSetDedupe extends SeedCase<List<Order>> {
    SynchronizedSetDedupe() {
      super("sync-synchronizedset-distinct", CAT,
          "1. Deduplicates customer ids in a plain HashSet instead of a Collections.synchronizedSet that is never shared; 2. add and size skip the wrapper's mutex.",
          () -> SeedData.orders(6000, 2000, 10, 167),
          () -> List.of(List.of(), SeedData.orders(2, 1, 1, 1)),
          Slow::distinctCustomers, Fast::distinctCustomers);
    }

    static final class Slow {
      static int distinctCustomers(List<Order> orders) {
        Set<String> seen = Collections.synchronizedSet(new HashSet<>());
        for (Order o : orders) {
          seen.add(o.customerId());
        }
        return seen.size();
      }
    }

    static final class Fast {
      static int distinctCustomers(List<Order> orders) {
        Set<String> seen = new HashSet<>();
        for (Order o : orders) {
          seen.add(o.customerId());
        }
        return seen.size();
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
