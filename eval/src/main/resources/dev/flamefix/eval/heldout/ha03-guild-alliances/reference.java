package io.arena.guilds;

public final class AllianceGraph {

  private AllianceGraph() {}

  /**
   * For each query {@code [a, b]}, whether guild a can reach guild b through a chain of
   * alliances (a guild is always allied with itself). Guilds are numbered 0 to guilds - 1.
   */
  public static boolean[] allied(int guilds, int[][] alliances, int[][] queries) {
    int[] parent = new int[guilds];
    int[] size = new int[guilds];
    for (int g = 0; g < guilds; g++) {
      parent[g] = g;
      size[g] = 1;
    }
    for (int[] pact : alliances) {
      int a = root(parent, pact[0]);
      int b = root(parent, pact[1]);
      if (a == b) {
        continue;
      }
      if (size[a] < size[b]) {
        int t = a;
        a = b;
        b = t;
      }
      parent[b] = a;
      size[a] += size[b];
    }
    boolean[] answers = new boolean[queries.length];
    for (int q = 0; q < queries.length; q++) {
      int from = queries[q][0];
      int to = queries[q][1];
      checkIndex(from, guilds);
      // The search in the original never indexes by 'to': an unknown guild is simply not reached.
      answers[q] = to >= 0 && to < guilds && root(parent, from) == root(parent, to);
    }
    return answers;
  }

  private static void checkIndex(int guild, int guilds) {
    if (guild < 0 || guild >= guilds) {
      throw new ArrayIndexOutOfBoundsException("Index " + guild + " out of bounds for length " + guilds);
    }
  }

  private static int root(int[] parent, int guild) {
    while (parent[guild] != guild) {
      parent[guild] = parent[parent[guild]];
      guild = parent[guild];
    }
    return guild;
  }
}
