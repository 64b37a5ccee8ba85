package vertical.transport.elevator;

import java.util.function.Supplier;

public final class HallCallQueueWorkload {
  public static Supplier<Object> workload() {
    int[] events = new int[200_000];
    for (int i = 0; i < events.length; i++) {
      events[i] = i % 3 == 2 ? 0 : 1 + (i * 7_919) % 40;
    }
    return () -> HallCallQueue.serviceOrder(events, 40);
  }
}
