package stagecraft.rigging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class BuildPlanner {

  /** A rigging task: its name, crew-days it takes, and the tasks that must be finished first. */
  public record Task(String name, int days, List<String> after) {}

  /** Days until the rig is finished, and the task that finishes last (first listed on ties). */
  public record Plan(long days, String lastTask) {}

  public Plan plan(List<Task> tasks) {
    Map<String, Task> byName = new HashMap<>();
    for (Task task : tasks) {
      if (byName.putIfAbsent(task.name(), task) != null) {
        throw new IllegalArgumentException("duplicate task " + task.name());
      }
    }
    for (Task task : tasks) {
      if (task.days() < 1) {
        throw new IllegalArgumentException(task.name() + " takes no time");
      }
      for (String before : task.after()) {
        if (!byName.containsKey(before)) {
          throw new IllegalArgumentException(task.name() + " waits for unknown task " + before);
        }
      }
    }
    Map<String, Long> finish = new HashMap<>();
    for (Task task : tasks) {
      finish.put(task.name(), (long) task.days());
    }
    for (int pass = 0; ; pass++) {
      boolean changed = false;
      for (Task task : tasks) {
        long start = 0;
        for (String before : task.after()) {
          start = Math.max(start, finish.get(before));
        }
        long done = start + task.days();
        if (done != finish.get(task.name())) {
          finish.put(task.name(), done);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
      if (pass == tasks.size()) {
        throw new IllegalArgumentException("the prerequisites form a cycle");
      }
    }
    long days = 0;
    String last = null;
    for (Task task : tasks) {
      long done = finish.get(task.name());
      if (done > days) {
        days = done;
        last = task.name();
      }
    }
    return new Plan(days, last);
  }
}
