package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.Order;
import dev.flamefix.bench.seed.SeedDomain.Reading;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;

/** Seeds for {@code linkedlist-indexed-access}: get(i)/set(i)/remove(i) on a LinkedList in a loop. */
final class LinkedListSeeds {
  private static final String CAT = SeedCategories.LINKEDLIST;

  private LinkedListSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new SumByIndex(), new AdjacentGaps(), new SetByIndex(), new MovingAverage(), new ReverseByIndex(),
        new RemoveByIndex(), new LocalBufferIndexed(), new PalindromeByIndex(), new EveryKth(),
        new BinarySearchByIndex());
  }

  static <T> LinkedList<T> linked(List<T> items) {
    return new LinkedList<>(items);
  }

  static LinkedList<Long> timestamps(int n, long seed) {
    LinkedList<Long> out = new LinkedList<>();
    long t = 1_700_000_000_000L;
    for (int gap : SeedData.ints(n, 5000, seed)) {
      t += gap;
      out.add(t);
    }
    return out;
  }

  static final class SumByIndex extends SeedCase<LinkedList<Order>> {
    SumByIndex() {
      super("linked-get-i-sum", CAT,
          "1. Iterates the LinkedList with for-each instead of get(i), which walks from the nearest end on every call; 2. The loop becomes O(n) instead of O(n^2) node hops.",
          () -> linked(SeedData.orders(2500, 100, 50, 101)),
          () -> List.of(new LinkedList<>(), linked(SeedData.orders(1, 1, 1, 1))),
          Slow::units, Fast::units);
    }

    static final class Slow {
      static int units(LinkedList<Order> orders) {
        int units = 0;
        for (int i = 0; i < orders.size(); i++) {
          units += orders.get(i).quantity();
        }
        return units;
      }
    }

    static final class Fast {
      static int units(LinkedList<Order> orders) {
        int units = 0;
        for (Order o : orders) {
          units += o.quantity();
        }
        return units;
      }
    }
  }

  static final class AdjacentGaps extends SeedCase<LinkedList<Long>> {
    AdjacentGaps() {
      super("linked-get-i-minus-one-gaps", CAT,
          "1. Walks the timestamps once with an iterator and remembers the previous value instead of calling get(i) and get(i - 1); 2. Two O(n) traversals per element become one step.",
          () -> timestamps(2000, 102),
          () -> List.of(new LinkedList<>(), timestamps(1, 1), timestamps(2, 2)),
          Slow::maxGap, Fast::maxGap);
    }

    static final class Slow {
      static long maxGap(LinkedList<Long> timestamps) {
        long max = 0;
        for (int i = 1; i < timestamps.size(); i++) {
          long gap = timestamps.get(i) - timestamps.get(i - 1);
          if (gap > max) {
            max = gap;
          }
        }
        return max;
      }
    }

    static final class Fast {
      static long maxGap(LinkedList<Long> timestamps) {
        long max = 0;
        Iterator<Long> it = timestamps.iterator();
        if (!it.hasNext()) {
          return max;
        }
        long previous = it.next();
        while (it.hasNext()) {
          long current = it.next();
          if (current - previous > max) {
            max = current - previous;
          }
          previous = current;
        }
        return max;
      }
    }
  }

  static final class SetByIndex extends SeedCase<LinkedList<String>> {
    SetByIndex() {
      super("linked-set-i-normalize", CAT,
          "1. Rewrites elements in place through a ListIterator and its set method instead of list.set(i, f(list.get(i))); 2. Each update is O(1) instead of two traversals from the list head.",
          () -> linked(SeedData.words(2000, 103)),
          () -> List.of(new LinkedList<>(), linked(List.of("Ab"))),
          Slow::upperCased, Fast::upperCased);
    }

    static final class Slow {
      static LinkedList<String> upperCased(LinkedList<String> names) {
        LinkedList<String> copy = new LinkedList<>(names);
        for (int i = 0; i < copy.size(); i++) {
          copy.set(i, copy.get(i).toUpperCase());
        }
        return copy;
      }
    }

    static final class Fast {
      static LinkedList<String> upperCased(LinkedList<String> names) {
        LinkedList<String> copy = new LinkedList<>(names);
        for (ListIterator<String> it = copy.listIterator(); it.hasNext(); ) {
          it.set(it.next().toUpperCase());
        }
        return copy;
      }
    }
  }

  static final class MovingAverage extends SeedCase<LinkedList<Reading>> {
    MovingAverage() {
      super("linked-window-get-moving-average", CAT,
          "1. Copies the readings' values into a double[] once and computes the moving average over the array instead of get(i + j) on the LinkedList inside the window loop; 2. Random access becomes O(1) array indexing.",
          () -> linked(SeedData.readings(600, 4, 104)),
          () -> List.of(new LinkedList<>(), linked(SeedData.readings(3, 1, 1)), linked(SeedData.readings(9, 1, 1))),
          Slow::movingAverage, Fast::movingAverage);
    }

    static final class Slow {
      static double[] movingAverage(LinkedList<Reading> readings) {
        int window = 8;
        int n = Math.max(0, readings.size() - window + 1);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
          double sum = 0;
          for (int j = 0; j < window; j++) {
            sum += readings.get(i + j).value();
          }
          out[i] = sum / window;
        }
        return out;
      }
    }

    static final class Fast {
      static double[] movingAverage(LinkedList<Reading> readings) {
        int window = 8;
        double[] values = new double[readings.size()];
        int k = 0;
        for (Reading r : readings) {
          values[k++] = r.value();
        }
        int n = Math.max(0, values.length - window + 1);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
          double sum = 0;
          for (int j = 0; j < window; j++) {
            sum += values[i + j];
          }
          out[i] = sum / window;
        }
        return out;
      }
    }
  }

  static final class ReverseByIndex extends SeedCase<LinkedList<String>> {
    ReverseByIndex() {
      super("linked-reverse-get-size-minus-i", CAT,
          "1. Uses descendingIterator to walk the LinkedList backwards instead of get(size - 1 - i); 2. Removes the per-element traversal toward the middle of the list.",
          () -> linked(SeedData.words(2500, 105)),
          () -> List.of(new LinkedList<>(), linked(List.of("a"))),
          Slow::newestFirst, Fast::newestFirst);
    }

    static final class Slow {
      static List<String> newestFirst(LinkedList<String> events) {
        List<String> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
          out.add(events.get(events.size() - 1 - i));
        }
        return out;
      }
    }

    static final class Fast {
      static List<String> newestFirst(LinkedList<String> events) {
        List<String> out = new ArrayList<>(events.size());
        for (Iterator<String> it = events.descendingIterator(); it.hasNext(); ) {
          out.add(it.next());
        }
        return out;
      }
    }
  }

  static final class RemoveByIndex extends SeedCase<LinkedList<Order>> {
    RemoveByIndex() {
      super("linked-remove-i-filter", CAT,
          "1. Drops cancelled orders with removeIf, which unlinks nodes through an iterator, instead of get(i) and remove(i) in an index loop; 2. Each removal is O(1) rather than a walk to index i.",
          () -> linked(SeedData.orders(2500, 100, 50, 106)),
          () -> List.of(new LinkedList<>(), linked(SeedData.orders(2, 1, 1, 7))),
          Slow::withoutCancelled, Fast::withoutCancelled);
    }

    static final class Slow {
      static LinkedList<Order> withoutCancelled(LinkedList<Order> orders) {
        LinkedList<Order> kept = new LinkedList<>(orders);
        int i = 0;
        while (i < kept.size()) {
          if (kept.get(i).status().equals("CANCELLED")) {
            kept.remove(i);
          } else {
            i++;
          }
        }
        return kept;
      }
    }

    static final class Fast {
      static LinkedList<Order> withoutCancelled(LinkedList<Order> orders) {
        LinkedList<Order> kept = new LinkedList<>(orders);
        kept.removeIf(o -> o.status().equals("CANCELLED"));
        return kept;
      }
    }
  }

  static final class LocalBufferIndexed extends SeedCase<List<String>> {
    LocalBufferIndexed() {
      super("linked-local-buffer-indexed", CAT,
          "1. Declares the scratch buffer as an ArrayList instead of a LinkedList because it is read by index afterwards; 2. get(i) becomes an array load instead of a pointer walk.",
          () -> SeedData.words(2500, 107),
          () -> List.of(List.of(), List.of("x"), List.of("ab", "cd")),
          Slow::interleave, Fast::interleave);
    }

    static final class Slow {
      static String interleave(List<String> words) {
        List<String> buffer = new LinkedList<>();
        for (String w : words) {
          if (w.length() > 2) {
            buffer.add(w);
          }
        }
        StringBuilder sb = new StringBuilder();
        int half = buffer.size() / 2;
        for (int i = 0; i < half; i++) {
          sb.append(buffer.get(i).charAt(0)).append(buffer.get(half + i).charAt(0));
        }
        return sb.toString();
      }
    }

    static final class Fast {
      static String interleave(List<String> words) {
        List<String> buffer = new ArrayList<>();
        for (String w : words) {
          if (w.length() > 2) {
            buffer.add(w);
          }
        }
        StringBuilder sb = new StringBuilder();
        int half = buffer.size() / 2;
        for (int i = 0; i < half; i++) {
          sb.append(buffer.get(i).charAt(0)).append(buffer.get(half + i).charAt(0));
        }
        return sb.toString();
      }
    }
  }

  static final class PalindromeByIndex extends SeedCase<LinkedList<Character>> {
    PalindromeByIndex() {
      super("linked-palindrome-two-ends", CAT,
          "1. Compares the two ends with a forward iterator and a descendingIterator instead of get(i) and get(n - 1 - i); 2. Turns O(n^2) node walks into one linear pass.",
          () -> {
            String half = SeedData.sentence(300, 108);
            String s = half + new StringBuilder(half).reverse();
            LinkedList<Character> chars = new LinkedList<>();
            for (char c : s.toCharArray()) {
              chars.add(c);
            }
            return chars;
          },
          () -> List.of(new LinkedList<>(), linked(List.of('a')), linked(List.of('a', 'b')), linked(List.of('a', 'b', 'a'))),
          Slow::isPalindrome, Fast::isPalindrome);
    }

    static final class Slow {
      static boolean isPalindrome(LinkedList<Character> chars) {
        int n = chars.size();
        for (int i = 0; i < n / 2; i++) {
          if (!chars.get(i).equals(chars.get(n - 1 - i))) {
            return false;
          }
        }
        return true;
      }
    }

    static final class Fast {
      static boolean isPalindrome(LinkedList<Character> chars) {
        Iterator<Character> forward = chars.iterator();
        Iterator<Character> backward = chars.descendingIterator();
        for (int i = 0; i < chars.size() / 2; i++) {
          if (!forward.next().equals(backward.next())) {
            return false;
          }
        }
        return true;
      }
    }
  }

  static final class EveryKth extends SeedCase<LinkedList<Reading>> {
    EveryKth() {
      super("linked-sample-every-kth", CAT,
          "1. Samples every 5th reading by counting during a single iteration instead of calling get(i * 5); 2. Sampling no longer re-walks the list from an end for every sample.",
          () -> linked(SeedData.readings(5000, 3, 109)),
          () -> List.of(new LinkedList<>(), linked(SeedData.readings(1, 1, 1)), linked(SeedData.readings(6, 1, 1))),
          Slow::downsample, Fast::downsample);
    }

    static final class Slow {
      static List<Double> downsample(LinkedList<Reading> readings) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i * 5 < readings.size(); i++) {
          out.add(readings.get(i * 5).value());
        }
        return out;
      }
    }

    static final class Fast {
      static List<Double> downsample(LinkedList<Reading> readings) {
        List<Double> out = new ArrayList<>();
        int i = 0;
        for (Reading r : readings) {
          if (i++ % 5 == 0) {
            out.add(r.value());
          }
        }
        return out;
      }
    }
  }

  /** Sorted prices in a LinkedList and the budgets to look up. */
  record PricesAndBudgets(LinkedList<Long> sortedPrices, long[] budgets) {}

  static final class BinarySearchByIndex extends SeedCase<PricesAndBudgets> {
    BinarySearchByIndex() {
      super("linked-binary-search-get-mid", CAT,
          "1. Copies the sorted LinkedList into a long[] once and binary-searches the array instead of calling get(mid) on the list; 2. Each probe was an O(n) walk, so the search was slower than a linear scan.",
          () -> {
            long[] p = SeedData.longs(1500, 1_000_000L, 110);
            java.util.Arrays.sort(p);
            LinkedList<Long> prices = new LinkedList<>();
            for (long v : p) {
              prices.add(v);
            }
            return new PricesAndBudgets(prices, SeedData.longs(200, 1_000_000L, 111));
          },
          () -> List.of(new PricesAndBudgets(new LinkedList<>(), new long[] {5}),
              new PricesAndBudgets(new LinkedList<>(List.of(3L, 3L, 9L)), new long[] {0, 3, 4, 9, 10})),
          in -> Slow.affordableCounts(in.sortedPrices(), in.budgets()),
          in -> Fast.affordableCounts(in.sortedPrices(), in.budgets()));
    }

    static final class Slow {
      /** For each budget, how many prices are at most the budget. */
      static int[] affordableCounts(LinkedList<Long> sortedPrices, long[] budgets) {
        int[] out = new int[budgets.length];
        for (int b = 0; b < budgets.length; b++) {
          int lo = 0;
          int hi = sortedPrices.size();
          while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedPrices.get(mid) <= budgets[b]) {
              lo = mid + 1;
            } else {
              hi = mid;
            }
          }
          out[b] = lo;
        }
        return out;
      }
    }

    static final class Fast {
      /** For each budget, how many prices are at most the budget. */
      static int[] affordableCounts(LinkedList<Long> sortedPrices, long[] budgets) {
        long[] prices = new long[sortedPrices.size()];
        int k = 0;
        for (long p : sortedPrices) {
          prices[k++] = p;
        }
        int[] out = new int[budgets.length];
        for (int b = 0; b < budgets.length; b++) {
          int lo = 0;
          int hi = prices.length;
          while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prices[mid] <= budgets[b]) {
              lo = mid + 1;
            } else {
              hi = mid;
            }
          }
          out[b] = lo;
        }
        return out;
      }
    }
  }
}
