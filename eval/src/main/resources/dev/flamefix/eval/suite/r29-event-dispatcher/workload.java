package com.example.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class EventDispatcherWorkload {
  public static Supplier<Object> workload() {
    String[] kinds = {"click", "view", "purchase", "scroll", "view"};
    List<String> events = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      events.add(kinds[i % kinds.length]);
    }
    return () -> new EventDispatcher().dispatchAll(events);
  }
}
