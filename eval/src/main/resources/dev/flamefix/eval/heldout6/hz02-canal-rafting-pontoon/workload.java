package canalboats.moorings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class RaftingPontoonWorkload {
  public static Supplier<Object> workload() {
    List<RaftingPontoon.Event> events = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      String boat = "nb-" + (i * 7) % 23;
      events.add(new RaftingPontoon.Event(boat, (i * 31) % 7 < 4));
    }
    RaftingPontoon pontoon = new RaftingPontoon(5);
    return () -> pontoon.replay(events);
  }
}
