package com.example.calendar;

import java.util.Arrays;
import java.util.List;

public class RoomScheduler {

  /** A meeting occupies the half-open interval [start, end). */
  public record Meeting(int start, int end) {}

  public static int maxConcurrent(List<Meeting> meetings) {
    int n = meetings.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    int k = 0;
    for (Meeting m : meetings) {
      if (m.end() < m.start()) {
        throw new IllegalArgumentException("meeting ends before it starts: " + m);
      }
      if (m.start() < m.end()) {
        starts[k] = m.start();
        ends[k] = m.end();
        k++;
      }
    }
    Arrays.sort(starts, 0, k);
    Arrays.sort(ends, 0, k);
    int best = 0;
    int running = 0;
    int e = 0;
    for (int s = 0; s < k; s++) {
      while (ends[e] <= starts[s]) {
        e++;
        running--;
      }
      running++;
      best = Math.max(best, running);
    }
    return best;
  }
}
