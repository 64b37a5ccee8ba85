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
    int n = crates.size();
    int[] chain = new int[n];
    int longest = 0;
    for (int i = 0; i < n; i++) {
      chain[i] = 1;
      int volume = crates.get(i).volumeLitres();
      for (int j = 0; j < i; j++) {
        if (crates.get(j).volumeLitres() < volume && chain[j] + 1 > chain[i]) {
          chain[i] = chain[j] + 1;
        }
      }
      longest = Math.max(longest, chain[i]);
    }
    return longest;
  }
}
