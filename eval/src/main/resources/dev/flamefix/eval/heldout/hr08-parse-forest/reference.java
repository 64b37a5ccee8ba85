package lang.toolchain.grammar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Counts the parse trees an expression has under a grammar with no precedence rules. */
public final class AmbiguityCounter {

  private static final long MODULUS = 1_000_000_007L;

  private AmbiguityCounter() {}

  /**
   * Number of distinct parse trees (modulo 1e9+7) of an expression such as {@code a+b*c-d} when
   * every binary operator may be the root of any sub-range, except that {@code =} may only be the
   * root of the whole expression. Whitespace is ignored.
   */
  public static long countParses(String expression) {
    List<Character> operators = new ArrayList<>();
    for (char c : expression.toCharArray()) {
      if ("+-*/^=".indexOf(c) >= 0) {
        operators.add(c);
      }
    }
    int n = operators.size();
    long[][] memo = new long[n + 1][n + 1];
    for (long[] row : memo) {
      Arrays.fill(row, -1);
    }
    return count(operators, 0, n, memo);
  }

  /** Trees over the operands between operators {@code from} (inclusive) and {@code to} (exclusive). */
  private static long count(List<Character> operators, int from, int to, long[][] memo) {
    if (from >= to) {
      return 1;
    }
    if (memo[from][to] >= 0) {
      return memo[from][to];
    }
    long trees = 0;
    for (int root = from; root < to; root++) {
      boolean whole = from == 0 && to == operators.size();
      if (operators.get(root) == '=' && !whole) {
        continue;
      }
      long left = count(operators, from, root, memo);
      long right = count(operators, root + 1, to, memo);
      trees = (trees + left * right) % MODULUS;
    }
    memo[from][to] = trees;
    return trees;
  }
}
