package com.example.maps;

public class Heatmap {

  /** Each query is {row0, col0, row1, col1}, inclusive corners. */
  public static long[] regionSums(int[][] grid, int[][] queries) {
    int rows = grid.length;
    int cols = rows == 0 ? 0 : grid[0].length;
    long[][] prefix = new long[rows + 1][cols + 1];
    for (int i = 0; i < rows; i++) {
      long rowSum = 0;
      for (int j = 0; j < cols; j++) {
        rowSum += grid[i][j];
        prefix[i + 1][j + 1] = prefix[i][j + 1] + rowSum;
      }
    }
    long[] sums = new long[queries.length];
    for (int q = 0; q < queries.length; q++) {
      int[] r = queries[q];
      if (r[0] > r[2] || r[1] > r[3]) {
        sums[q] = 0;
        continue;
      }
      if (r[0] < 0 || r[1] < 0 || r[2] >= rows || r[3] >= cols) {
        throw new ArrayIndexOutOfBoundsException("query outside the grid");
      }
      sums[q] = prefix[r[2] + 1][r[3] + 1] - prefix[r[0]][r[3] + 1] - prefix[r[2] + 1][r[1]] + prefix[r[0]][r[1]];
    }
    return sums;
  }
}
