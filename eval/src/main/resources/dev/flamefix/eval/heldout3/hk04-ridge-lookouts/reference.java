package outdoors.trails;

import java.util.List;

public final class RidgeProfile {

  /** Markers {@code fromMarker..toMarker}, inclusive, along the trail. */
  public record Stretch(int fromMarker, int toMarker) {}

  private RidgeProfile() {}

  /**
   * For each stretch, the highest elevation (metres) among its markers.
   *
   * @throws IllegalArgumentException for a stretch outside the profile or running backwards
   */
  public static int[] highestBetween(int[] elevationAtMarker, List<Stretch> stretches) {
    int[] highest = new int[stretches.size()];
    if (stretches.isEmpty()) {
      return highest;
    }
    int n = elevationAtMarker.length;
    // table[k][i] = max of elevationAtMarker[i .. i + 2^k - 1]
    int levels = n == 0 ? 1 : 32 - Integer.numberOfLeadingZeros(n);
    int[][] table = new int[levels][];
    table[0] = elevationAtMarker;
    for (int k = 1; k < levels; k++) {
      int half = 1 << (k - 1);
      int[] previous = table[k - 1];
      int[] row = new int[n - (1 << k) + 1];
      for (int i = 0; i < row.length; i++) {
        row[i] = Math.max(previous[i], previous[i + half]);
      }
      table[k] = row;
    }
    for (int q = 0; q < stretches.size(); q++) {
      Stretch stretch = stretches.get(q);
      if (stretch.fromMarker() < 0 || stretch.toMarker() >= n || stretch.fromMarker() > stretch.toMarker()) {
        throw new IllegalArgumentException("bad stretch " + stretch);
      }
      int length = stretch.toMarker() - stretch.fromMarker() + 1;
      int k = 31 - Integer.numberOfLeadingZeros(length);
      highest[q] = Math.max(table[k][stretch.fromMarker()], table[k][stretch.toMarker() - (1 << k) + 1]);
    }
    return highest;
  }
}
