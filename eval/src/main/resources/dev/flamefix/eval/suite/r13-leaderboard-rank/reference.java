package com.example.games;

import java.util.Arrays;

public class Leaderboard {

  /** Rank = 1 + number of scores strictly greater than the query. */
  public static int[] ranksOf(int[] scores, int[] queries) {
    int[] sorted = Arrays.copyOf(scores, scores.length);
    Arrays.sort(sorted);
    int[] ranks = new int[queries.length];
    for (int q = 0; q < queries.length; q++) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] <= queries[q]) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      ranks[q] = 1 + (sorted.length - lo);
    }
    return ranks;
  }
}
