package saltworks.pans;

import java.util.stream.IntStream;

public class BrineStorage {

  /**
   * Brine held across the pan's cross-section after flooding: above each survey point it stands
   * as high as the lower of the highest floor level on its left and on its right (the point
   * included), in millimetre-by-cell units. Levels may be negative (below datum).
   */
  public long brineCells(int[] floorMm) {
    long total = 0;
    for (int i = 0; i < floorMm.length; i++) {
      int point = i;
      int left = IntStream.rangeClosed(0, point).map(j -> floorMm[j]).max().getAsInt();
      int right = IntStream.range(point, floorMm.length).map(j -> floorMm[j]).max().getAsInt();
      total += Math.min(left, right) - (long) floorMm[i];
    }
    return total;
  }
}
