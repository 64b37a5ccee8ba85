package io.arena.guilds;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

public final class AllianceGraph {

  private AllianceGraph() {}

  /**
   * For each query {@code [a, b]}, whether guild a can reach guild b through a chain of
   * alliances (a guild is always allied with itself). Guilds are numbered 0 to guilds - 1.
   */
  public static boolean[] allied(int guilds, int[][] alliances, int[][] queries) {
    List<List<Integer>> neighbours = new ArrayList<>(guilds);
    for (int g = 0; g < guilds; g++) {
      neighbours.add(new ArrayList<>());
    }
    for (int[] pact : alliances) {
      neighbours.get(pact[0]).add(pact[1]);
      neighbours.get(pact[1]).add(pact[0]);
    }
    boolean[] answers = new boolean[queries.length];
    for (int q = 0; q < queries.length; q++) {
      answers[q] = reachable(neighbours, queries[q][0], queries[q][1]);
    }
    return answers;
  }

  private static boolean reachable(List<List<Integer>> neighbours, int from, int to) {
    boolean[] seen = new boolean[neighbours.size()];
    ArrayDeque<Integer> frontier = new ArrayDeque<>();
    frontier.add(from);
    seen[from] = true;
    while (!frontier.isEmpty()) {
      int guild = frontier.poll();
      if (guild == to) {
        return true;
      }
      for (int next : neighbours.get(guild)) {
        if (!seen[next]) {
          seen[next] = true;
          frontier.add(next);
        }
      }
    }
    return false;
  }
}
