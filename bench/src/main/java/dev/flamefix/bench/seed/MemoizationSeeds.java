package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.Order;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Seeds for {@code missing-memoization}: the same pure computation repeated for the same arguments. */
final class MemoizationSeeds {
  private static final String CAT = SeedCategories.MEMOIZATION;

  private MemoizationSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new StairClimbing(), new EditDistance(), new PrimeChecksRepeated(), new CollatzLengths(), new BinomialRecursive(),
        new TreeDepthByParents(), new RiskScorePerCustomer(), new WordBreak(), new CoinChangeWays(),
        new LongestIncreasingPath());
  }

  static final class StairClimbing extends SeedCase<Integer> {
    StairClimbing() {
      super("memo-stair-climbing-recursion", CAT,
          "1. Stores the number of ways for each remaining height in a long[] so every subproblem is solved once; 2. The recursion drops from exponential (about 3^n calls) to linear.",
          () -> 20,
          () -> List.of(0, 1, 2, 3),
          Slow::ways, Fast::ways);
    }

    static final class Slow {
      static long ways(int steps) {
        if (steps < 0) {
          return 0;
        }
        if (steps == 0) {
          return 1;
        }
        return ways(steps - 1) + ways(steps - 2) + ways(steps - 3);
      }
    }

    static final class Fast {
      static long ways(int steps) {
        if (steps < 0) {
          return 0;
        }
        return ways(steps, new long[steps + 1]);
      }

      private static long ways(int steps, long[] memo) {
        if (steps < 0) {
          return 0;
        }
        if (steps == 0) {
          return 1;
        }
        if (memo[steps] == 0) {
          memo[steps] = ways(steps - 1, memo) + ways(steps - 2, memo) + ways(steps - 3, memo);
        }
        return memo[steps];
      }
    }
  }

  record Words(String a, String b) {}

  static final class EditDistance extends SeedCase<Words> {
    EditDistance() {
      super("memo-edit-distance-recursion", CAT,
          "1. Memoizes the edit distance of each (i, j) suffix pair in an int[][] table; 2. Overlapping subproblems are computed once, turning exponential recursion into O(m x n).",
          () -> new Words("kitchens", "sitting"),
          () -> List.of(new Words("", ""), new Words("a", ""), new Words("", "ab"), new Words("abc", "abc")),
          w -> Slow.distance(w.a(), w.b()),
          w -> Fast.distance(w.a(), w.b()));
    }

    static final class Slow {
      static int distance(String a, String b) {
        return distance(a, b, 0, 0);
      }

      private static int distance(String a, String b, int i, int j) {
        if (i == a.length()) {
          return b.length() - j;
        }
        if (j == b.length()) {
          return a.length() - i;
        }
        if (a.charAt(i) == b.charAt(j)) {
          return distance(a, b, i + 1, j + 1);
        }
        int replace = distance(a, b, i + 1, j + 1);
        int delete = distance(a, b, i + 1, j);
        int insert = distance(a, b, i, j + 1);
        return 1 + Math.min(replace, Math.min(delete, insert));
      }
    }

    static final class Fast {
      static int distance(String a, String b) {
        int[][] memo = new int[a.length() + 1][b.length() + 1];
        for (int[] row : memo) {
          java.util.Arrays.fill(row, -1);
        }
        return distance(a, b, 0, 0, memo);
      }

      private static int distance(String a, String b, int i, int j, int[][] memo) {
        if (i == a.length()) {
          return b.length() - j;
        }
        if (j == b.length()) {
          return a.length() - i;
        }
        if (memo[i][j] >= 0) {
          return memo[i][j];
        }
        int result;
        if (a.charAt(i) == b.charAt(j)) {
          result = distance(a, b, i + 1, j + 1, memo);
        } else {
          int replace = distance(a, b, i + 1, j + 1, memo);
          int delete = distance(a, b, i + 1, j, memo);
          int insert = distance(a, b, i, j + 1, memo);
          result = 1 + Math.min(replace, Math.min(delete, insert));
        }
        memo[i][j] = result;
        return result;
      }
    }
  }

  static final class PrimeChecksRepeated extends SeedCase<int[]> {
    PrimeChecksRepeated() {
      super("memo-isprime-repeated-values", CAT,
          "1. Caches isPrime results per value in a HashMap for the duration of the batch, since order ids repeat heavily; 2. Trial division runs once per distinct value instead of once per occurrence.",
          () -> {
            int[] pool = SeedData.ints(40, 5_000_000, 301);
            int[] picks = SeedData.ints(1500, pool.length, 302);
            int[] values = new int[picks.length];
            for (int i = 0; i < picks.length; i++) {
              values[i] = 5_000_000 + (pool[picks[i]] | 1);
            }
            return values;
          },
          () -> List.of(new int[0], new int[] {2}, new int[] {1, 0, -7, 9, 9}),
          Slow::primeCount, Fast::primeCount);
    }

    static final class Slow {
      private static boolean isPrime(int n) {
        if (n < 2) {
          return false;
        }
        for (int d = 2; (long) d * d <= n; d++) {
          if (n % d == 0) {
            return false;
          }
        }
        return true;
      }

      static int primeCount(int[] values) {
        int primes = 0;
        for (int v : values) {
          if (isPrime(v)) {
            primes++;
          }
        }
        return primes;
      }
    }

    static final class Fast {
      private static boolean isPrime(int n) {
        if (n < 2) {
          return false;
        }
        for (int d = 2; (long) d * d <= n; d++) {
          if (n % d == 0) {
            return false;
          }
        }
        return true;
      }

      static int primeCount(int[] values) {
        Map<Integer, Boolean> known = new HashMap<>();
        int primes = 0;
        for (int v : values) {
          if (known.computeIfAbsent(v, Fast::isPrime)) {
            primes++;
          }
        }
        return primes;
      }
    }
  }

  static final class CollatzLengths extends SeedCase<Integer> {
    CollatzLengths() {
      super("memo-collatz-chain-lengths", CAT,
          "1. Remembers the chain length of every start below the limit in an int[] and stops a walk as soon as it reaches a known value; 2. Most chains merge quickly, so total steps fall by an order of magnitude.",
          () -> 20_000,
          () -> List.of(1, 2, 3, 10),
          Slow::longestStart, Fast::longestStart);
    }

    static final class Slow {
      static int longestStart(int limit) {
        int best = 1;
        int bestLength = 0;
        for (int start = 1; start < limit; start++) {
          long n = start;
          int length = 1;
          while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            length++;
          }
          if (length > bestLength) {
            bestLength = length;
            best = start;
          }
        }
        return best;
      }
    }

    static final class Fast {
      static int longestStart(int limit) {
        int[] lengths = new int[Math.max(limit, 2)];
        lengths[1] = 1;
        int best = 1;
        int bestLength = 0;
        for (int start = 1; start < limit; start++) {
          long n = start;
          int steps = 0;
          while (n >= limit || lengths[(int) n] == 0) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
          }
          int length = lengths[(int) n] + steps;
          lengths[start] = length;
          if (length > bestLength) {
            bestLength = length;
            best = start;
          }
        }
        return best;
      }
    }
  }

  record Choose(int n, int k) {}

  static final class BinomialRecursive extends SeedCase<Choose> {
    BinomialRecursive() {
      super("memo-binomial-pascal-recursion", CAT,
          "1. Fills a memo table of C(n, k) values so the Pascal recursion evaluates each cell once; 2. Calls drop from roughly C(n, k) to n x k.",
          () -> new Choose(21, 10),
          () -> List.of(new Choose(0, 0), new Choose(5, 0), new Choose(5, 5), new Choose(4, 2)),
          c -> Slow.choose(c.n(), c.k()),
          c -> Fast.choose(c.n(), c.k()));
    }

    static final class Slow {
      static long choose(int n, int k) {
        if (k == 0 || k == n) {
          return 1;
        }
        return choose(n - 1, k - 1) + choose(n - 1, k);
      }
    }

    static final class Fast {
      static long choose(int n, int k) {
        return choose(n, k, new long[n + 1][k + 1]);
      }

      private static long choose(int n, int k, long[][] memo) {
        if (k == 0 || k == n) {
          return 1;
        }
        if (memo[n][k] == 0) {
          memo[n][k] = choose(n - 1, k - 1, memo) + choose(n - 1, k, memo);
        }
        return memo[n][k];
      }
    }
  }

  static final class TreeDepthByParents extends SeedCase<int[]> {
    TreeDepthByParents() {
      super("memo-depth-walk-parent-pointers", CAT,
          "1. Computes each folder's depth as its parent's memoized depth plus one instead of walking parent pointers to the root for every folder; 2. Deep hierarchies go from O(n x depth) to O(n).",
          () -> {
            int n = 1500;
            int[] parents = new int[n];
            int[] r = SeedData.ints(n, 3, 303);
            parents[0] = -1;
            for (int i = 1; i < n; i++) {
              parents[i] = Math.max(0, i - 1 - r[i]);
            }
            return parents;
          },
          () -> List.of(new int[0], new int[] {-1}, new int[] {-1, 0, 1, 0}, new int[] {2, -1, 1}),
          Slow::totalDepth, Fast::totalDepth);
    }

    static final class Slow {
      static long totalDepth(int[] parents) {
        long total = 0;
        for (int node = 0; node < parents.length; node++) {
          int depth = 0;
          for (int p = parents[node]; p >= 0; p = parents[p]) {
            depth++;
          }
          total += depth;
        }
        return total;
      }
    }

    static final class Fast {
      static long totalDepth(int[] parents) {
        int[] depth = new int[parents.length];
        java.util.Arrays.fill(depth, -1);
        long total = 0;
        for (int node = 0; node < parents.length; node++) {
          total += depthOf(node, parents, depth);
        }
        return total;
      }

      private static int depthOf(int node, int[] parents, int[] depth) {
        if (depth[node] >= 0) {
          return depth[node];
        }
        int d = parents[node] < 0 ? 0 : depthOf(parents[node], parents, depth) + 1;
        depth[node] = d;
        return d;
      }
    }
  }

  static final class RiskScorePerCustomer extends SeedCase<List<Order>> {
    RiskScorePerCustomer() {
      super("memo-expensive-score-per-customer", CAT,
          "1. Caches each customer's risk score in a HashMap during the batch instead of recomputing the iterated hash for every order of the same customer; 2. The expensive computation runs once per distinct customer.",
          () -> SeedData.orders(1200, 60, 50, 304),
          () -> List.of(List.of(), SeedData.orders(2, 1, 1, 1)),
          Slow::flagged, Fast::flagged);
    }

    static final class Slow {
      private static int riskScore(String customerId) {
        int h = customerId.hashCode();
        for (int round = 0; round < 2000; round++) {
          h = Integer.rotateLeft(h * 0x9E3779B1 + round, 7) ^ (h >>> 11);
        }
        return Math.floorMod(h, 100);
      }

      static int flagged(List<Order> orders) {
        int flagged = 0;
        for (Order o : orders) {
          if (riskScore(o.customerId()) > 80 && o.unitCents() > 5_000) {
            flagged++;
          }
        }
        return flagged;
      }
    }

    static final class Fast {
      private static int riskScore(String customerId) {
        int h = customerId.hashCode();
        for (int round = 0; round < 2000; round++) {
          h = Integer.rotateLeft(h * 0x9E3779B1 + round, 7) ^ (h >>> 11);
        }
        return Math.floorMod(h, 100);
      }

      static int flagged(List<Order> orders) {
        Map<String, Integer> scores = new HashMap<>();
        int flagged = 0;
        for (Order o : orders) {
          if (scores.computeIfAbsent(o.customerId(), Fast::riskScore) > 80 && o.unitCents() > 5_000) {
            flagged++;
          }
        }
        return flagged;
      }
    }
  }

  record Segmentation(String text, Set<String> dictionary) {}

  static final class WordBreak extends SeedCase<Segmentation> {
    WordBreak() {
      super("memo-word-break-recursion", CAT,
          "1. Records which suffix positions cannot be segmented in a Boolean[] memo; 2. The backtracking stops revisiting the same start index, going from exponential to O(n^2) substring checks.",
          () -> new Segmentation("aaaaaaaaaaaaaaaaaaaab", Set.of("a", "aa", "aaa", "aaaa")),
          () -> List.of(new Segmentation("", Set.of("a")), new Segmentation("ab", Set.of("a", "b")), new Segmentation("abc", Set.of("ab"))),
          s -> Slow.canSegment(s.text(), s.dictionary()),
          s -> Fast.canSegment(s.text(), s.dictionary()));
    }

    static final class Slow {
      static boolean canSegment(String text, Set<String> dictionary) {
        return canSegment(text, 0, dictionary);
      }

      private static boolean canSegment(String text, int start, Set<String> dictionary) {
        if (start == text.length()) {
          return true;
        }
        for (int end = start + 1; end <= text.length(); end++) {
          if (dictionary.contains(text.substring(start, end)) && canSegment(text, end, dictionary)) {
            return true;
          }
        }
        return false;
      }
    }

    static final class Fast {
      static boolean canSegment(String text, Set<String> dictionary) {
        return canSegment(text, 0, dictionary, new Boolean[text.length() + 1]);
      }

      private static boolean canSegment(String text, int start, Set<String> dictionary, Boolean[] memo) {
        if (start == text.length()) {
          return true;
        }
        if (memo[start] != null) {
          return memo[start];
        }
        boolean result = false;
        for (int end = start + 1; end <= text.length() && !result; end++) {
          result = dictionary.contains(text.substring(start, end)) && canSegment(text, end, dictionary, memo);
        }
        memo[start] = result;
        return result;
      }
    }
  }

  static final class CoinChangeWays extends SeedCase<Integer> {
    CoinChangeWays() {
      super("memo-coin-change-ways", CAT,
          "1. Memoizes the number of ways per (amount, coin index) in a long[][] table; 2. The recursion over coin choices stops re-counting identical remainders.",
          () -> 180,
          () -> List.of(0, 1, 5, 7),
          Slow::ways, Fast::ways);
    }

    static final class Slow {
      private static final int[] COINS = {50, 25, 10, 5, 2, 1};

      static long ways(int amount) {
        return ways(amount, 0);
      }

      private static long ways(int amount, int coin) {
        if (amount == 0) {
          return 1;
        }
        if (amount < 0 || coin == COINS.length) {
          return 0;
        }
        return ways(amount - COINS[coin], coin) + ways(amount, coin + 1);
      }
    }

    static final class Fast {
      private static final int[] COINS = {50, 25, 10, 5, 2, 1};

      static long ways(int amount) {
        if (amount < 0) {
          return 0;
        }
        long[][] memo = new long[amount + 1][COINS.length];
        for (long[] row : memo) {
          java.util.Arrays.fill(row, -1);
        }
        return ways(amount, 0, memo);
      }

      private static long ways(int amount, int coin, long[][] memo) {
        if (amount == 0) {
          return 1;
        }
        if (amount < 0 || coin == COINS.length) {
          return 0;
        }
        if (memo[amount][coin] < 0) {
          memo[amount][coin] = ways(amount - COINS[coin], coin, memo) + ways(amount, coin + 1, memo);
        }
        return memo[amount][coin];
      }
    }
  }

  static final class LongestIncreasingPath extends SeedCase<int[][]> {
    LongestIncreasingPath() {
      super("memo-longest-increasing-path-grid", CAT,
          "1. Caches the longest increasing path starting at each cell so the DFS from every cell reuses its neighbours' answers; 2. Each cell is expanded once, making the search O(rows x cols).",
          () -> {
            int[][] g = new int[9][9];
            for (int r = 0; r < 9; r++) {
              for (int c = 0; c < 9; c++) {
                g[r][c] = (r + c) * 10 + ((r * 7 + c * 3) % 5);
              }
            }
            return g;
          },
          () -> List.of(new int[0][0], new int[][] {{1}}, new int[][] {{1, 2}, {4, 3}}),
          Slow::longest, Fast::longest);
    }

    static final class Slow {
      static int longest(int[][] grid) {
        int best = 0;
        for (int r = 0; r < grid.length; r++) {
          for (int c = 0; c < grid[r].length; c++) {
            best = Math.max(best, from(grid, r, c));
          }
        }
        return best;
      }

      private static int from(int[][] grid, int r, int c) {
        int best = 1;
        int[][] dirs = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        for (int[] d : dirs) {
          int nr = r + d[0];
          int nc = c + d[1];
          if (nr >= 0 && nr < grid.length && nc >= 0 && nc < grid[nr].length && grid[nr][nc] > grid[r][c]) {
            best = Math.max(best, 1 + from(grid, nr, nc));
          }
        }
        return best;
      }
    }

    static final class Fast {
      static int longest(int[][] grid) {
        int[][] memo = new int[grid.length][];
        for (int r = 0; r < grid.length; r++) {
          memo[r] = new int[grid[r].length];
        }
        int best = 0;
        for (int r = 0; r < grid.length; r++) {
          for (int c = 0; c < grid[r].length; c++) {
            best = Math.max(best, from(grid, r, c, memo));
          }
        }
        return best;
      }

      private static int from(int[][] grid, int r, int c, int[][] memo) {
        if (memo[r][c] > 0) {
          return memo[r][c];
        }
        int best = 1;
        int[][] dirs = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        for (int[] d : dirs) {
          int nr = r + d[0];
          int nc = c + d[1];
          if (nr >= 0 && nr < grid.length && nc >= 0 && nc < grid[nr].length && grid[nr][nc] > grid[r][c]) {
            best = Math.max(best, 1 + from(grid, nr, nc, memo));
          }
        }
        memo[r][c] = best;
        return best;
      }
    }
  }
}
