package broadband.rollout;

import java.util.Arrays;

public class CabinetPlanner {

  /** The chosen house position (metres along the lane) and the cable needed to reach every house. */
  public record Placement(long positionMetres, long totalCableMetres) {}

  /** The house to put the cabinet at; among equally good houses the one nearest the lane's start. */
  public Placement bestCabinet(long[] housePositions) {
    int n = housePositions.length;
    if (n == 0) {
      throw new IllegalArgumentException("no houses on the lane");
    }
    long[] sorted = housePositions.clone();
    Arrays.sort(sorted);
    long total = 0;
    for (long p : sorted) {
      total += p;
    }
    long bestPosition = 0;
    long bestCable = Long.MAX_VALUE;
    long before = 0; // sum of sorted[0..i)
    for (int i = 0; i < n; i++) {
      long p = sorted[i];
      long cable = (p * i - before) + ((total - before - p) - p * (n - 1 - i));
      if (cable < bestCable) { // sorted ascending: the first minimum is the smallest position
        bestCable = cable;
        bestPosition = p;
      }
      before += p;
    }
    return new Placement(bestPosition, bestCable);
  }
}
