package canalboats.moorings;

import java.util.ArrayList;
import java.util.List;

public class RaftingPontoon {

  /** A radio call from a boat: arriving to moor, or asking to cast off. */
  public record Event(String boat, boolean arriving) {}

  /** The day's tally and the raft at dusk, from the bank outwards. */
  public record Day(int moored, int turnedAway, int boatsMovedAside, List<String> raftAtDusk) {}

  private final int maxAbreast;

  public RaftingPontoon(int maxAbreast) {
    if (maxAbreast < 1 || maxAbreast > 8) {
      throw new IllegalArgumentException("a pontoon takes 1 to 8 boats abreast, not " + maxAbreast);
    }
    this.maxAbreast = maxAbreast;
  }

  /**
   * Boats moor against the pontoon or against the boat outside it; a full raft turns arrivals
   * away. A boat leaving from inside the raft makes every boat outside it cast off and re-raft.
   * A repeated arrival call, or a departure call from a boat not moored, is ignored.
   */
  public Day replay(List<Event> events) {
    List<String> raft = new ArrayList<>(maxAbreast);
    int moored = 0;
    int turnedAway = 0;
    int movedAside = 0;
    for (Event event : events) {
      if (event.arriving()) {
        if (raft.contains(event.boat())) {
          continue;
        }
        if (raft.size() == maxAbreast) {
          turnedAway++;
          continue;
        }
        raft.add(event.boat());
        moored++;
      } else {
        int at = raft.indexOf(event.boat());
        if (at < 0) {
          continue;
        }
        movedAside += raft.size() - 1 - at;
        raft.remove(at);
      }
    }
    return new Day(moored, turnedAway, movedAside, List.copyOf(raft));
  }
}
