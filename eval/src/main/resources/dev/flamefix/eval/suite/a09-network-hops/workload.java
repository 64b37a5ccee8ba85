package com.example.network;

import java.util.function.Supplier;

public final class HopCounterWorkload {
  public static Supplier<Object> workload() {
    // A long chain listed from its far end: each relaxation round advances one hop.
    int nodes = 1200;
    int[][] edges = new int[nodes - 1 + 300][];
    int k = 0;
    for (int i = nodes - 1; i > 0; i--) {
      edges[k++] = new int[] {i, i - 1};
    }
    for (int i = 0; i < 300; i++) {
      edges[k++] = new int[] {(i * 37) % nodes, (i * 91 + 7) % nodes};
    }
    return () -> HopCounter.hopsFrom(nodes, edges, 0);
  }
}
