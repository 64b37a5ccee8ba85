package saltworks.pans;

public class BrineStorage {

  /**
   * Brine held across the pan's cross-section after flooding: above each survey point it stands
   * as high as the lower of the highest floor level on its left and on its right (the point
   * included), in millimetre-by-cell units. Levels may be negative (below datum).
   */
  public long brineCells(int[] floorMm) {
    long total = 0;
    for (int i = 0; i < floorMm.length; i++) {
      int left = highest(floorMm, 0, i);
      int right = highest(floorMm, i, floorMm.length - 1);
      total += Math.min(left, right) - (long) floorMm[i];
    }
    return total;
  }

  /** The highest level between two survey points, both included. */
  private static int highest(int[] levels, int from, int to) {
    int max = levels[from];
    for (int j = from + 1; j <= to; j++) {
      if (levels[j] > max) {
        max = levels[j];
      }
    }
    return max;
  }
}
