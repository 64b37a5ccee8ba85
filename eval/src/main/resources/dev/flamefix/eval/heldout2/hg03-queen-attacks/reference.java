package chess.puzzles.attacks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class QueenAttacks {

  public record Square(int file, int rank) {}

  private QueenAttacks() {}

  /**
   * Pairs of queens that share a file, rank or diagonal on an unbounded board, ignoring pieces in
   * between. Coordinates lie within +-1,000,000, so differences and sums never overflow.
   */
  public static long attackingPairs(List<Square> queens) {
    Map<Integer, Integer> files = new HashMap<>();
    Map<Integer, Integer> ranks = new HashMap<>();
    Map<Integer, Integer> diagonals = new HashMap<>();
    Map<Integer, Integer> antiDiagonals = new HashMap<>();
    Map<Square, Integer> squares = new HashMap<>();
    for (Square q : queens) {
      files.merge(q.file(), 1, Integer::sum);
      ranks.merge(q.rank(), 1, Integer::sum);
      diagonals.merge(q.file() - q.rank(), 1, Integer::sum);
      antiDiagonals.merge(q.file() + q.rank(), 1, Integer::sum);
      squares.merge(q, 1, Integer::sum);
    }
    long pairs = pairs(files) + pairs(ranks) + pairs(diagonals) + pairs(antiDiagonals);
    // Two distinct squares share at most one line; two queens on one square share all four.
    return pairs - 3 * pairs(squares);
  }

  private static long pairs(Map<?, Integer> counts) {
    long pairs = 0;
    for (int k : counts.values()) {
      pairs += (long) k * (k - 1) / 2;
    }
    return pairs;
  }
}
