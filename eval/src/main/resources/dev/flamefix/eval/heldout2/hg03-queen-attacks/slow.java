package chess.puzzles.attacks;

import java.util.List;

public final class QueenAttacks {

  public record Square(int file, int rank) {}

  private QueenAttacks() {}

  /**
   * Pairs of queens that share a file, rank or diagonal on an unbounded board, ignoring pieces in
   * between. Coordinates lie within +-1,000,000, so differences and sums never overflow.
   */
  public static long attackingPairs(List<Square> queens) {
    long pairs = 0;
    for (int i = 0; i < queens.size(); i++) {
      Square a = queens.get(i);
      for (int j = i + 1; j < queens.size(); j++) {
        if (attacks(a, queens.get(j))) {
          pairs++;
        }
      }
    }
    return pairs;
  }

  private static boolean attacks(Square a, Square b) {
    int files = Math.abs(a.file() - b.file());
    int ranks = Math.abs(a.rank() - b.rank());
    return files == 0 || ranks == 0 || files == ranks;
  }
}
