package stagecraft.rigging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class BuildPlannerWorkload {
  public static Supplier<Object> workload() {
    int n = 260;
    List<BuildPlanner.Task> tasks = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      List<String> after = new ArrayList<>();
      if (i > 0) {
        after.add("task-" + (i - 1));
      }
      if (i > 6) {
        after.add("task-" + (i - 7));
      }
      if (i > 40 && i % 3 == 0) {
        after.add("task-" + (i * 7 % (i - 1)));
      }
      tasks.add(new BuildPlanner.Task("task-" + i, 1 + i % 4, after));
    }
    BuildPlanner planner = new BuildPlanner();
    return () -> planner.plan(tasks);
  }
}
