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
    for (int q = 0; q < stretches.size(); q++) {
      Stretch stretch = stretches.get(q);
      if (stretch.fromMarker() < 0 || stretch.toMarker() >= elevationAtMarker.length
          || stretch.fromMarker() > stretch.toMarker()) {
        throw new IllegalArgumentException("bad stretch " + stretch);
      }
      int top = Integer.MIN_VALUE;
      for (int m = stretch.fromMarker(); m <= stretch.toMarker(); m++) {
        top = Math.max(top, elevationAtMarker[m]);
      }
      highest[q] = top;
    }
    return highest;
  }
}
