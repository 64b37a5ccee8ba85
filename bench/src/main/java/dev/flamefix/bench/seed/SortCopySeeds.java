package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Seeds for {@code sort-or-copy-in-loop}: sorting or copying the same data on every iteration. */
final class SortCopySeeds {
  private static final String CAT = SeedCategories.SORT_COPY;

  private SortCopySeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new LeaderboardResort(), new MedianPerQuery(), new DefensiveCopyGetter(), new ToArrayInLoop(),
        new GrowArrayByOne(), new RankBySorting(), new ToCharArrayPerIndex(), new TreeSetFirstPerLookup(),
        new SubstringConsume(), new SubListWindowCopy(), new SchedulerResort());
  }

  static final class LeaderboardResort extends SeedCase<int[]> {
    LeaderboardResort() {
      super("sort-leaderboard-after-each-score", CAT,
          "1. Tracks the best score seen so far instead of re-sorting the whole score list after every insertion just to read its first element; 2. O(n^2 log n) sorting collapses into one comparison per score.",
          () -> SeedData.ints(600, 1_000_000, 121),
          () -> List.of(new int[0], new int[] {4}, new int[] {2, 9, 9, 1}),
          Slow::bestAfterEachRound, Fast::bestAfterEachRound);
    }

    static final class Slow {
      static List<Integer> bestAfterEachRound(int[] scores) {
        List<Integer> board = new ArrayList<>();
        List<Integer> best = new ArrayList<>();
        for (int s : scores) {
          board.add(s);
          board.sort(Comparator.reverseOrder());
          best.add(board.get(0));
        }
        return best;
      }
    }

    static final class Fast {
      static List<Integer> bestAfterEachRound(int[] scores) {
        List<Integer> best = new ArrayList<>(scores.length);
        int max = Integer.MIN_VALUE;
        for (int s : scores) {
          max = Math.max(max, s);
          best.add(max);
        }
        return best;
      }
    }
  }

  /** Latencies and the thresholds to compare with the median. */
  record LatenciesAndQueries(List<Double> latencies, double[] thresholds) {}

  static final class MedianPerQuery extends SeedCase<LatenciesAndQueries> {
    MedianPerQuery() {
      super("sort-median-per-query", CAT,
          "1. Sorts a copy of the unchanging latency list once before the loop instead of copying and sorting it for every threshold; 2. The median is computed once and reused.",
          () -> {
            List<Double> l = new ArrayList<>();
            for (double d : SeedData.doubles(1000, 122)) {
              l.add(Math.abs(d));
            }
            return new LatenciesAndQueries(l, SeedData.doubles(60, 123));
          },
          () -> List.of(new LatenciesAndQueries(List.of(), new double[0]),
              new LatenciesAndQueries(List.of(1.0, 3.0), new double[] {2.0, 2.5})),
          in -> Slow.aboveMedian(in.latencies(), in.thresholds()),
          in -> Fast.aboveMedian(in.latencies(), in.thresholds()));
    }

    static final class Slow {
      static int aboveMedian(List<Double> latencies, double[] thresholds) {
        int count = 0;
        for (double t : thresholds) {
          List<Double> sorted = new ArrayList<>(latencies);
          Collections.sort(sorted);
          if (!sorted.isEmpty() && t > sorted.get(sorted.size() / 2)) {
            count++;
          }
        }
        return count;
      }
    }

    static final class Fast {
      static int aboveMedian(List<Double> latencies, double[] thresholds) {
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
          return 0;
        }
        double median = sorted.get(sorted.size() / 2);
        int count = 0;
        for (double t : thresholds) {
          if (t > median) {
            count++;
          }
        }
        return count;
      }
    }
  }

  static final class DefensiveCopyGetter extends SeedCase<List<Order>> {
    DefensiveCopyGetter() {
      super("copy-defensive-getter-in-loop", CAT,
          "1. Reads the cart's lines through one local copy instead of calling a getter that returns a fresh defensive copy in the loop condition and body; 2. Removes two full list copies per iteration.",
          () -> SeedData.orders(400, 10, 30, 124),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 1)),
          orders -> new Slow(orders).totalCents(),
          orders -> new Fast(orders).totalCents());
    }

    static final class Slow {
      private final List<Order> lines;

      Slow(List<Order> lines) {
        this.lines = new ArrayList<>(lines);
      }

      List<Order> getLines() {
        return new ArrayList<>(lines);
      }

      long totalCents() {
        long total = 0;
        for (int i = 0; i < getLines().size(); i++) {
          total += getLines().get(i).quantity() * getLines().get(i).unitCents();
        }
        return total;
      }
    }

    static final class Fast {
      private final List<Order> lines;

      Fast(List<Order> lines) {
        this.lines = new ArrayList<>(lines);
      }

      List<Order> getLines() {
        return new ArrayList<>(lines);
      }

      long totalCents() {
        long total = 0;
        for (Order line : getLines()) {
          total += line.quantity() * line.unitCents();
        }
        return total;
      }
    }
  }

  static final class ToArrayInLoop extends SeedCase<List<String>> {
    ToArrayInLoop() {
      super("copy-toarray-per-iteration", CAT,
          "1. Converts the list to an array once before the loop instead of calling toArray on every iteration to read one element; 2. Saves an O(n) array copy per element.",
          () -> SeedData.words(1200, 125),
          () -> List.of(List.of(), List.of("a"), List.of("x", "yy")),
          Slow::longestRun, Fast::longestRun);
    }

    static final class Slow {
      static int longestRun(List<String> words) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < words.size(); i++) {
          String[] arr = words.toArray(new String[0]);
          if (i > 0 && arr[i].length() >= arr[i - 1].length()) {
            run++;
          } else {
            run = 1;
          }
          best = Math.max(best, run);
        }
        return best;
      }
    }

    static final class Fast {
      static int longestRun(List<String> words) {
        String[] arr = words.toArray(new String[0]);
        int best = 0;
        int run = 0;
        for (int i = 0; i < arr.length; i++) {
          if (i > 0 && arr[i].length() >= arr[i - 1].length()) {
            run++;
          } else {
            run = 1;
          }
          best = Math.max(best, run);
        }
        return best;
      }
    }
  }

  static final class GrowArrayByOne extends SeedCase<int[]> {
    GrowArrayByOne() {
      super("copy-arrays-copyof-append", CAT,
          "1. Grows the result array geometrically and trims it once at the end instead of Arrays.copyOf(result, length + 1) for each kept element; 2. Total copying drops from O(n^2) to O(n).",
          () -> SeedData.ints(4000, 1000, 126),
          () -> List.of(new int[0], new int[] {501}, new int[] {3}),
          Slow::outliers, Fast::outliers);
    }

    static final class Slow {
      static int[] outliers(int[] values) {
        int[] result = new int[0];
        for (int v : values) {
          if (v > 500) {
            result = Arrays.copyOf(result, result.length + 1);
            result[result.length - 1] = v;
          }
        }
        return result;
      }
    }

    static final class Fast {
      static int[] outliers(int[] values) {
        int[] result = new int[16];
        int size = 0;
        for (int v : values) {
          if (v > 500) {
            if (size == result.length) {
              result = Arrays.copyOf(result, size * 2);
            }
            result[size++] = v;
          }
        }
        return Arrays.copyOf(result, size);
      }
    }
  }

  static final class RankBySorting extends SeedCase<int[]> {
    RankBySorting() {
      super("sort-rank-per-player", CAT,
          "1. Sorts the scores once and finds each player's rank by binary search instead of sorting a fresh copy for every player and scanning it; 2. O(n^2 log n) becomes O(n log n).",
          () -> SeedData.ints(500, 10_000, 127),
          () -> List.of(new int[0], new int[] {7}, new int[] {5, 5, 9, 1}),
          Slow::ranks, Fast::ranks);
    }

    static final class Slow {
      /** Rank 1 is the highest score; ties share the better rank. */
      static int[] ranks(int[] scores) {
        int[] ranks = new int[scores.length];
        for (int p = 0; p < scores.length; p++) {
          Integer[] sorted = new Integer[scores.length];
          for (int i = 0; i < scores.length; i++) {
            sorted[i] = scores[i];
          }
          Arrays.sort(sorted, Collections.reverseOrder());
          ranks[p] = Arrays.asList(sorted).indexOf(scores[p]) + 1;
        }
        return ranks;
      }
    }

    static final class Fast {
      /** Rank 1 is the highest score; ties share the better rank. */
      static int[] ranks(int[] scores) {
        int[] ascending = scores.clone();
        Arrays.sort(ascending);
        int[] ranks = new int[scores.length];
        for (int p = 0; p < scores.length; p++) {
          int lo = 0;
          int hi = ascending.length;
          while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] <= scores[p]) {
              lo = mid + 1;
            } else {
              hi = mid;
            }
          }
          ranks[p] = ascending.length - lo + 1;
        }
        return ranks;
      }
    }
  }

  static final class ToCharArrayPerIndex extends SeedCase<String> {
    ToCharArrayPerIndex() {
      super("copy-tochararray-per-index", CAT,
          "1. Reads characters with charAt instead of text.toCharArray()[i], which copies the whole string for each character; 2. The scan is linear again.",
          () -> SeedData.text(40, 10, 128),
          () -> List.of("", "(", "()"),
          Slow::maxDepth, Fast::maxDepth);
    }

    static final class Slow {
      static int maxDepth(String text) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < text.length(); i++) {
          char c = text.toCharArray()[i];
          if (c == '(' || c == 'k') {
            depth++;
            max = Math.max(max, depth);
          } else if (c == ')' || c == 'r') {
            depth--;
          }
        }
        return max;
      }
    }

    static final class Fast {
      static int maxDepth(String text) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c == '(' || c == 'k') {
            depth++;
            max = Math.max(max, depth);
          } else if (c == ')' || c == 'r') {
            depth--;
          }
        }
        return max;
      }
    }
  }

  /** Price tiers keyed by lower bound, and the order amounts to tag. */
  record TiersAndAmounts(Map<Long, String> tiers, long[] amounts) {}

  static final class TreeSetFirstPerLookup extends SeedCase<TiersAndAmounts> {
    TreeSetFirstPerLookup() {
      super("sort-treeset-of-keys-per-lookup", CAT,
          "1. Builds the sorted set of tier bounds once instead of new TreeSet<>(tiers.keySet()) for every amount; 2. Each lookup is a floor query on a reused tree instead of a full re-sort.",
          () -> {
            Map<Long, String> tiers = new java.util.HashMap<>();
            for (int i = 0; i < 300; i++) {
              tiers.put(i * 1000L, "tier-" + i);
            }
            return new TiersAndAmounts(tiers, SeedData.longs(200, 320_000L, 129));
          },
          () -> List.of(new TiersAndAmounts(Map.of(), new long[] {1}),
              new TiersAndAmounts(Map.of(10L, "a", 20L, "b"), new long[] {5, 10, 25})),
          in -> Slow.tierNames(in.tiers(), in.amounts()),
          in -> Fast.tierNames(in.tiers(), in.amounts()));
    }

    static final class Slow {
      static List<String> tierNames(Map<Long, String> tiers, long[] amounts) {
        List<String> out = new ArrayList<>();
        for (long a : amounts) {
          TreeSet<Long> bounds = new TreeSet<>(tiers.keySet());
          Long floor = bounds.floor(a);
          out.add(floor == null ? "none" : tiers.get(floor));
        }
        return out;
      }
    }

    static final class Fast {
      static List<String> tierNames(Map<Long, String> tiers, long[] amounts) {
        TreeMap<Long, String> sorted = new TreeMap<>(tiers);
        List<String> out = new ArrayList<>();
        for (long a : amounts) {
          Map.Entry<Long, String> floor = sorted.floorEntry(a);
          out.add(floor == null ? "none" : floor.getValue());
        }
        return out;
      }
    }
  }

  static final class SubstringConsume extends SeedCase<String> {
    SubstringConsume() {
      super("copy-substring-consume-loop", CAT,
          "1. Walks the payload with an index instead of repeatedly doing rest = rest.substring(1), which copies the remaining characters each time; 2. Quadratic copying becomes a linear scan.",
          () -> {
            StringBuilder sb = new StringBuilder();
            for (int v : SeedData.ints(3000, 10, 130)) {
              sb.append((char) ('0' + v));
            }
            return sb.toString();
          },
          () -> List.of("", "7", "x9"),
          Slow::digitSum, Fast::digitSum);
    }

    static final class Slow {
      static int digitSum(String payload) {
        int sum = 0;
        String rest = payload;
        while (!rest.isEmpty()) {
          char c = rest.charAt(0);
          if (c >= '0' && c <= '9') {
            sum += c - '0';
          }
          rest = rest.substring(1);
        }
        return sum;
      }
    }

    static final class Fast {
      static int digitSum(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
          char c = payload.charAt(i);
          if (c >= '0' && c <= '9') {
            sum += c - '0';
          }
        }
        return sum;
      }
    }
  }

  static final class SubListWindowCopy extends SeedCase<List<Integer>> {
    SubListWindowCopy() {
      super("copy-sublist-window-sum", CAT,
          "1. Slides a running sum across the request counts instead of copying every window with new ArrayList<>(subList) and summing it; 2. Each step adds one value and subtracts one instead of copying and re-adding 50.",
          () -> SeedData.intList(3000, 500, 131),
          () -> List.of(List.of(), List.of(1), SeedData.intList(50, 9, 1)),
          Slow::peakWindow, Fast::peakWindow);
    }

    static final class Slow {
      static long peakWindow(List<Integer> requestsPerSecond) {
        int window = 50;
        long peak = 0;
        for (int i = 0; i + window <= requestsPerSecond.size(); i++) {
          List<Integer> slice = new ArrayList<>(requestsPerSecond.subList(i, i + window));
          long sum = 0;
          for (int r : slice) {
            sum += r;
          }
          peak = Math.max(peak, sum);
        }
        return peak;
      }
    }

    static final class Fast {
      static long peakWindow(List<Integer> requestsPerSecond) {
        int window = 50;
        int n = requestsPerSecond.size();
        if (n < window) {
          return 0;
        }
        long sum = 0;
        for (int i = 0; i < window; i++) {
          sum += requestsPerSecond.get(i);
        }
        long peak = Math.max(0, sum);
        for (int i = window; i < n; i++) {
          sum += requestsPerSecond.get(i) - requestsPerSecond.get(i - window);
          peak = Math.max(peak, sum);
        }
        return peak;
      }
    }
  }

  /** A task with a deadline. */
  record Task(String name, long deadline) {}

  static final class SchedulerResort extends SeedCase<List<Task>> {
    SchedulerResort() {
      super("sort-scheduler-resort-remaining", CAT,
          "1. Sorts the pending tasks by deadline once and processes them in that order instead of re-sorting the remaining tasks before taking each next one; 2. The stable sort keeps the same order for equal deadlines, so the schedule is unchanged.",
          () -> {
            List<Task> tasks = new ArrayList<>();
            List<String> names = SeedData.words(500, 132);
            long[] deadlines = SeedData.longs(500, 2000L, 133);
            for (int i = 0; i < 500; i++) {
              tasks.add(new Task(names.get(i), deadlines[i]));
            }
            return tasks;
          },
          () -> List.of(List.of(), List.of(new Task("a", 1)), List.of(new Task("b", 2), new Task("a", 2), new Task("c", 1))),
          Slow::schedule, Fast::schedule);
    }

    static final class Slow {
      static List<String> schedule(List<Task> tasks) {
        List<Task> pending = new ArrayList<>(tasks);
        List<String> order = new ArrayList<>();
        while (!pending.isEmpty()) {
          pending.sort(Comparator.comparingLong(Task::deadline));
          order.add(pending.remove(0).name());
        }
        return order;
      }
    }

    static final class Fast {
      static List<String> schedule(List<Task> tasks) {
        List<Task> pending = new ArrayList<>(tasks);
        pending.sort(Comparator.comparingLong(Task::deadline));
        List<String> order = new ArrayList<>(pending.size());
        for (Task t : pending) {
          order.add(t.name());
        }
        return order;
      }
    }
  }
}
