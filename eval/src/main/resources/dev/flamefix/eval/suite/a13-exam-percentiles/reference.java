package com.example.school;

import java.util.Arrays;

public class Percentiles {

  /** For each score, how many scores in the class are strictly lower. */
  public static int[] countBelow(int[] scores) {
    int[] sorted = scores.clone();
    Arrays.sort(sorted);
    int[] below = new int[scores.length];
    for (int i = 0; i < scores.length; i++) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] < scores[i]) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      below[i] = lo;
    }
    return below;
  }
}
