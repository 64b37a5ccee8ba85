package com.example.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class RoomSchedulerWorkload {
  public static Supplier<Object> workload() {
    List<RoomScheduler.Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      int start = (i * 7919) % 10_000;
      meetings.add(new RoomScheduler.Meeting(start, start + 30 + i % 90));
    }
    return () -> RoomScheduler.maxConcurrent(meetings);
  }
}
