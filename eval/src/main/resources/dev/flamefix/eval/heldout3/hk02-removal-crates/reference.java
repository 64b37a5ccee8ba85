package removals.truck;

import java.util.List;

public final class CrateNesting {

  public record Crate(String label, int volumeLitres) {}

  private CrateNesting() {}

  /**
   * How many crates, taken in loading order, can be nested into each other: the length of the
   * longest run (not necessarily adjacent) of strictly growing volumes. Zero for no crates.
   */
  public static int longestNest(List<Crate> crates) {
    // tails[k]: the smallest last volume of any strictly growing chain of length k + 1 so far.
    int[] tails = new int[crates.size()];
    int length = 0;
    for (Crate crate : crates) {
      int volume = crate.volumeLitres();
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tails[mid] < volume) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      tails[lo] = volume;
      if (lo == length) {
        length++;
      }
    }
    return length;
  }
}
