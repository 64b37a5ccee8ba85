package glaciology.cores;

/**
 * Dates ice core samples from an age model: tie points (depth in metres, age in years before
 * present), sorted by depth, between which age is interpolated linearly.
 */
public final class CoreDating {

  private CoreDating() {}

  /**
   * Age of every sample depth, rounded to whole years. A sample above the first tie point or
   * below the last gets NaN-free clamping: the first or last tie point's age. Between tie points
   * the segment starting at the last tie point whose depth is at or above the sample is used.
   */
  public static long[] ages(double[] tieDepths, double[] tieAges, double[] sampleDepths) {
    if (tieDepths.length == 0 || tieDepths.length != tieAges.length) {
      throw new IllegalArgumentException("age model needs matching, non-empty tie points");
    }
    long[] out = new long[sampleDepths.length];
    int last = tieDepths.length - 1;
    for (int s = 0; s < sampleDepths.length; s++) {
      double depth = sampleDepths[s];
      int seg = lastAtOrAbove(tieDepths, depth);
      double age;
      if (seg < 0) {
        age = tieAges[0];
      } else if (seg == last) {
        age = tieAges[last];
      } else {
        double span = tieDepths[seg + 1] - tieDepths[seg];
        double t = (depth - tieDepths[seg]) / span;
        age = tieAges[seg] + t * (tieAges[seg + 1] - tieAges[seg]);
      }
      out[s] = Math.round(age);
    }
    return out;
  }

  /**
   * Index of the last tie point with depth <= the sample (the end of the sorted prefix that a walk
   * from the top would stop at), or -1. Equal depths resolve to the last of them; a NaN sample
   * compares false everywhere and gets -1, as the walk does.
   */
  private static int lastAtOrAbove(double[] tieDepths, double depth) {
    int lo = 0;
    int hi = tieDepths.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tieDepths[mid] <= depth) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }
}
