package com.example.genomics;

public class GcContent {

  /** For each [from, to) range, how many G or C bases it contains. */
  public static int[] gcCounts(String dna, int[][] ranges) {
    int[] prefix = null;
    int[] counts = new int[ranges.length];
    for (int r = 0; r < ranges.length; r++) {
      int from = ranges[r][0];
      int to = ranges[r][1];
      if (from < 0 || to > dna.length() || from > to) {
        throw new IllegalArgumentException("bad range " + from + ".." + to);
      }
      if (prefix == null) {
        prefix = new int[dna.length() + 1];
        for (int i = 0; i < dna.length(); i++) {
          char b = dna.charAt(i);
          prefix[i + 1] = prefix[i] + (b == 'G' || b == 'C' ? 1 : 0);
        }
      }
      counts[r] = prefix[to] - prefix[from];
    }
    return counts;
  }
}
