package com.example.maps;

import java.util.function.Supplier;

public final class HeatmapWorkload {
  public static Supplier<Object> workload() {
    int[][] grid = new int[200][200];
    for (int i = 0; i < 200; i++) {
      for (int j = 0; j < 200; j++) {
        grid[i][j] = (i * 31 + j * 17) % 100;
      }
    }
    int[][] queries = new int[40][];
    for (int q = 0; q < queries.length; q++) {
      queries[q] = new int[] {q, q * 2, 199 - q, 199 - q};
    }
    return () -> Heatmap.regionSums(grid, queries);
  }
}
