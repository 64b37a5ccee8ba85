package streetart.walls;

public class MuralPlanner {

  /** A mural spanning {@code facades} adjacent facades from {@code firstFacade}, {@code height} metres high. */
  public record Mural(long areaSquareMetres, int firstFacade, int facades, int height) {}

  /**
   * The largest mural (facade width 1 m each, heights in whole metres) that fits on the terrace; the
   * first one found wins ties. No room for a mural: area 0, first facade -1.
   */
  public Mural largestMural(int[] facadeHeights) {
    long bestArea = 0;
    int bestFirst = -1;
    int bestCount = 0;
    int bestHeight = 0;
    for (int first = 0; first < facadeHeights.length; first++) {
      int lowest = Integer.MAX_VALUE;
      for (int last = first; last < facadeHeights.length; last++) {
        lowest = Math.min(lowest, facadeHeights[last]);
        long area = (long) lowest * (last - first + 1);
        if (area > bestArea) {
          bestArea = area;
          bestFirst = first;
          bestCount = last - first + 1;
          bestHeight = lowest;
        }
      }
    }
    return new Mural(bestArea, bestFirst, bestCount, bestHeight);
  }
}
