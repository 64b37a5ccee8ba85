package chess.puzzles.attacks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class QueenAttacksWorkload {
  public static Supplier<Object> workload() {
    List<QueenAttacks.Square> queens = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      queens.add(new QueenAttacks.Square((i * 7_919) % 4_001 - 2_000, (i * 104_729) % 3_989 - 1_994));
    }
    return () -> QueenAttacks.attackingPairs(queens);
  }
}
