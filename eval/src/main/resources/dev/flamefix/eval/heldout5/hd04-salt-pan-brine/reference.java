package saltworks.pans;

public class BrineStorage {

  /**
   * Brine held across the pan's cross-section after flooding: above each survey point it stands
   * as high as the lower of the highest floor level on its left and on its right (the point
   * included), in millimetre-by-cell units. Levels may be negative (below datum).
   */
  public long brineCells(int[] floorMm) {
    int n = floorMm.length;
    int[] highestLeft = new int[n];
    for (int i = 0; i < n; i++) {
      highestLeft[i] = i == 0 ? floorMm[0] : Math.max(highestLeft[i - 1], floorMm[i]);
    }
    long total = 0;
    int highestRight = Integer.MIN_VALUE;
    for (int i = n - 1; i >= 0; i--) {
      highestRight = Math.max(highestRight, floorMm[i]);
      total += Math.min(highestLeft[i], highestRight) - (long) floorMm[i];
    }
    return total;
  }
}
