package affinage.caves;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class CaveRounds {

  /** A wheel maturing on a shelf: its id, the cave it is in, days since make, rind score (0 best). */
  public record Wheel(String id, String cave, int ageDays, int rindScore) {}

  /** The wheel to turn first, the one to check last, and the cave's stock. */
  public record Turn(String oldest, String youngest, int wheels) {}

  private static final Comparator<Wheel> OLDEST_FIRST =
      Comparator.comparingInt(Wheel::ageDays).reversed().thenComparingInt(Wheel::rindScore);

  /**
   * Each cave's round, caves in name order: the oldest wheel (ties: the lower rind score, then the
   * one listed first) and the youngest (ties: the one listed first).
   */
  public Map<String, Turn> rounds(List<Wheel> wheels) {
    Map<String, List<Wheel>> byCave = new TreeMap<>();
    for (Wheel wheel : wheels) {
      byCave.computeIfAbsent(wheel.cave(), cave -> new ArrayList<>()).add(wheel);
    }
    Map<String, Turn> turns = new TreeMap<>();
    for (var entry : byCave.entrySet()) {
      List<Wheel> cave = entry.getValue();
      Wheel oldest = cave.stream().sorted(OLDEST_FIRST).findFirst().orElseThrow();
      Wheel youngest = cave.stream().sorted(Comparator.comparingInt(Wheel::ageDays)).findFirst().orElseThrow();
      turns.put(entry.getKey(), new Turn(oldest.id(), youngest.id(), cave.size()));
    }
    return turns;
  }
}
