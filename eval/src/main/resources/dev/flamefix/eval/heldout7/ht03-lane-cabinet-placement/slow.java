package broadband.rollout;

public class CabinetPlanner {

  /** The chosen house position (metres along the lane) and the cable needed to reach every house. */
  public record Placement(long positionMetres, long totalCableMetres) {}

  /** The house to put the cabinet at; among equally good houses the one nearest the lane's start. */
  public Placement bestCabinet(long[] housePositions) {
    if (housePositions.length == 0) {
      throw new IllegalArgumentException("no houses on the lane");
    }
    long bestPosition = 0;
    long bestCable = Long.MAX_VALUE;
    for (long candidate : housePositions) {
      long cable = 0;
      for (long house : housePositions) {
        cable += Math.abs(house - candidate);
      }
      if (cable < bestCable || (cable == bestCable && candidate < bestPosition)) {
        bestCable = cable;
        bestPosition = candidate;
      }
    }
    return new Placement(bestPosition, bestCable);
  }
}
