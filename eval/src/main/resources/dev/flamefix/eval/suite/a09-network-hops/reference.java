package com.example.network;

import java.util.Arrays;

public class HopCounter {

  /** Hops from source to every node over undirected edges; -1 when unreachable. */
  public static int[] hopsFrom(int nodes, int[][] edges, int source) {
    if (source < 0 || source >= nodes) {
      throw new IllegalArgumentException("source out of range");
    }
    int[] degree = new int[nodes];
    for (int[] e : edges) {
      degree[e[0]]++;
      degree[e[1]]++;
    }
    int[][] adjacent = new int[nodes][];
    for (int i = 0; i < nodes; i++) {
      adjacent[i] = new int[degree[i]];
    }
    int[] fill = new int[nodes];
    for (int[] e : edges) {
      adjacent[e[0]][fill[e[0]]++] = e[1];
      adjacent[e[1]][fill[e[1]]++] = e[0];
    }
    int[] dist = new int[nodes];
    Arrays.fill(dist, -1);
    int[] queue = new int[nodes];
    int head = 0;
    int tail = 0;
    dist[source] = 0;
    queue[tail++] = source;
    while (head < tail) {
      int node = queue[head++];
      for (int next : adjacent[node]) {
        if (dist[next] < 0) {
          dist[next] = dist[node] + 1;
          queue[tail++] = next;
        }
      }
    }
    return dist;
  }
}
