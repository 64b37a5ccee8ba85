package recycling.weighbridge;

import java.util.Arrays;

public class BaleLoads {

  private final long lorryLoadKg;

  public BaleLoads(long lorryLoadKg) {
    this.lorryLoadKg = lorryLoadKg;
  }

  /**
   * How many sets of three different bales (by position on the weighbridge ticket, so equal
   * weights count separately) weigh exactly one lorry load together.
   */
  public long exactTriples(int[] baleKg) {
    // Which positions form a triple does not depend on order, so count on a sorted copy: fix the
    // lightest bale, then close in from both ends over the rest, counting runs of equal weights.
    int[] kg = baleKg.clone();
    Arrays.sort(kg);
    int n = kg.length;
    long count = 0;
    for (int i = 0; i < n - 2; i++) {
      long need = lorryLoadKg - kg[i];
      int lo = i + 1;
      int hi = n - 1;
      while (lo < hi) {
        long sum = (long) kg[lo] + kg[hi];
        if (sum < need) {
          lo++;
        } else if (sum > need) {
          hi--;
        } else if (kg[lo] == kg[hi]) {
          long run = hi - lo + 1;
          count += run * (run - 1) / 2;
          break;
        } else {
          int lowRun = 1;
          while (kg[lo + lowRun] == kg[lo]) {
            lowRun++;
          }
          int highRun = 1;
          while (kg[hi - highRun] == kg[hi]) {
            highRun++;
          }
          count += (long) lowRun * highRun;
          lo += lowRun;
          hi -= highRun;
        }
      }
    }
    return count;
  }
}
