package farmops.irrigation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ValveLogWorkload {
  public static Supplier<Object> workload() {
    List<ValveLog.ValveEvent> events = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      events.add(new ValveLog.ValveEvent((i * 37) % 64, 200 + i % 900, (i * 11) % 240 - 5));
    }
    return () -> ValveLog.litresPerZone(events, 60);
  }
}
