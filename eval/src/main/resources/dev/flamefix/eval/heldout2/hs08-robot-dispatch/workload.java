package amr.fleet.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class PickDispatcherWorkload {
  public static Supplier<Object> workload() {
    List<PickDispatcher.Robot> fleet = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      fleet.add(new PickDispatcher.Robot("amr-" + i, (i * 37) % 300, 5 + (i * 13) % 95));
    }
    List<PickDispatcher.PickTask> tasks = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      tasks.add(new PickDispatcher.PickTask("pick-" + i, (i * 7_919) % 320, 100 + i % 4_000));
    }
    return () -> PickDispatcher.assign(tasks, fleet, 30);
  }
}
