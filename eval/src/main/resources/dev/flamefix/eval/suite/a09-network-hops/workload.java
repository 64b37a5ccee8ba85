package com.example.network;

import java.util.function.Supplier;

public final class HopCounterWorkload {
  public static Supplier<Object> workload() {
    // A long chain listed from its far end: each relaxation round advances one hop.
    int nodes = 400;
    int[][] edges = new int[nodes - 1 + 100][];
    int k = 0;
    for (int i = nodes - 1; i > 0; i--) {
      edges[k++] = new int[] {i, i - 1};
    }
    for (int i = 0; i < 100; i++) {
      edges[k++] = new int[] {(i * 37) % nodes, (i * 91 + 7) % nodes};
    }
    return () -> HopCounter.hopsFrom(nodes, edges, 0);
  }
}
