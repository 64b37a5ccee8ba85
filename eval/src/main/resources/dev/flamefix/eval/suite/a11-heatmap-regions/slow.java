package com.example.maps;

public class Heatmap {

  /** Each query is {row0, col0, row1, col1}, inclusive corners. */
  public static long[] regionSums(int[][] grid, int[][] queries) {
    long[] sums = new long[queries.length];
    for (int q = 0; q < queries.length; q++) {
      int[] r = queries[q];
      long s = 0;
      for (int row = r[0]; row <= r[2]; row++) {
        for (int col = r[1]; col <= r[3]; col++) {
          s += grid[row][col];
        }
      }
      sums[q] = s;
    }
    return sums;
  }
}
