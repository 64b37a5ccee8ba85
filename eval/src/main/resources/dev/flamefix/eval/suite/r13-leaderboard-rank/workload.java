package com.example.games;

import java.util.function.Supplier;

public final class LeaderboardWorkload {
  public static Supplier<Object> workload() {
    int[] scores = new int[1000];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = (i * 7919) % 100_000;
    }
    int[] queries = new int[60];
    for (int i = 0; i < queries.length; i++) {
      queries[i] = i * 1600;
    }
    return () -> Leaderboard.ranksOf(scores, queries);
  }
}
