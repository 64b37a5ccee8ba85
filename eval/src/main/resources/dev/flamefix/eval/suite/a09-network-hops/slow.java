package com.example.network;

import java.util.Arrays;

public class HopCounter {

  /** Hops from source to every node over undirected edges; -1 when unreachable. */
  public static int[] hopsFrom(int nodes, int[][] edges, int source) {
    if (source < 0 || source >= nodes) {
      throw new IllegalArgumentException("source out of range");
    }
    int[] dist = new int[nodes];
    Arrays.fill(dist, Integer.MAX_VALUE);
    dist[source] = 0;
    for (int round = 0; round < nodes; round++) {
      boolean changed = false;
      for (int[] e : edges) {
        int a = e[0];
        int b = e[1];
        if (dist[a] != Integer.MAX_VALUE && dist[a] + 1 < dist[b]) {
          dist[b] = dist[a] + 1;
          changed = true;
        }
        if (dist[b] != Integer.MAX_VALUE && dist[b] + 1 < dist[a]) {
          dist[a] = dist[b] + 1;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    for (int i = 0; i < nodes; i++) {
      if (dist[i] == Integer.MAX_VALUE) {
        dist[i] = -1;
      }
    }
    return dist;
  }
}
