package com.example.calendar;

import java.util.List;

public class RoomScheduler {

  /** A meeting occupies the half-open interval [start, end). */
  public record Meeting(int start, int end) {}

  public static int maxConcurrent(List<Meeting> meetings) {
    for (Meeting m : meetings) {
      if (m.end() < m.start()) {
        throw new IllegalArgumentException("meeting ends before it starts: " + m);
      }
    }
    int best = 0;
    for (Meeting probe : meetings) {
      if (probe.start() == probe.end()) {
        continue;
      }
      int running = 0;
      for (Meeting m : meetings) {
        if (m.start() <= probe.start() && probe.start() < m.end()) {
          running++;
        }
      }
      best = Math.max(best, running);
    }
    return best;
  }
}
