package dairy.parlour;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class MilkingLogWorkload {
  public static Supplier<Object> workload() {
    String[] cycle = {"GO", "GC", "TS", "CA", "MP", "MP", "MP", "CX", "MP", "MP", "FD", "MP", "KO", "MP", "CA", "MP",
        "MP", "CR", "GO", "SF"};
    List<MilkingLog.Event> events = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      String cow = "IE" + (1000 + (i / cycle.length) % 300);
      events.add(new MilkingLog.Event(cow, cycle[i % cycle.length], 150 + i % 90));
    }
    MilkingLog log = new MilkingLog();
    return () -> log.yieldPerCow(events);
  }
}
