package affinage.caves;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class CaveRounds {

  /** A wheel maturing on a shelf: its id, the cave it is in, days since make, rind score (0 best). */
  public record Wheel(String id, String cave, int ageDays, int rindScore) {}

  /** The wheel to turn first, the one to check last, and the cave's stock. */
  public record Turn(String oldest, String youngest, int wheels) {}

  private static final class Pick {
    Wheel oldest;
    Wheel youngest;
    int count;

    Pick(Wheel first) {
      oldest = first;
      youngest = first;
    }

    void offer(Wheel wheel) {
      count++;
      if (wheel.ageDays() > oldest.ageDays()
          || (wheel.ageDays() == oldest.ageDays() && wheel.rindScore() < oldest.rindScore())) {
        oldest = wheel;
      }
      if (wheel.ageDays() < youngest.ageDays()) {
        youngest = wheel;
      }
    }
  }

  /**
   * Each cave's round, caves in name order: the oldest wheel (ties: the lower rind score, then the
   * one listed first) and the youngest (ties: the one listed first).
   */
  public Map<String, Turn> rounds(List<Wheel> wheels) {
    Map<String, Pick> byCave = new TreeMap<>();
    for (Wheel wheel : wheels) {
      byCave.computeIfAbsent(wheel.cave(), cave -> new Pick(wheel)).offer(wheel);
    }
    Map<String, Turn> turns = new TreeMap<>();
    byCave.forEach((cave, pick) ->
        turns.put(cave, new Turn(pick.oldest.id(), pick.youngest.id(), pick.count)));
    return turns;
  }
}
