package com.example.genomics;

public class GcContent {

  /** For each [from, to) range, how many G or C bases it contains. */
  public static int[] gcCounts(String dna, int[][] ranges) {
    int[] counts = new int[ranges.length];
    for (int r = 0; r < ranges.length; r++) {
      int from = ranges[r][0];
      int to = ranges[r][1];
      if (from < 0 || to > dna.length() || from > to) {
        throw new IllegalArgumentException("bad range " + from + ".." + to);
      }
      int c = 0;
      for (int i = from; i < to; i++) {
        char b = dna.charAt(i);
        if (b == 'G' || b == 'C') {
          c++;
        }
      }
      counts[r] = c;
    }
    return counts;
  }
}
