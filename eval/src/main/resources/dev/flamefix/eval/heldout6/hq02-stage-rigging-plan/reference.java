package stagecraft.rigging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class BuildPlanner {

  /** A rigging task: its name, crew-days it takes, and the tasks that must be finished first. */
  public record Task(String name, int days, List<String> after) {}

  /** Days until the rig is finished, and the task that finishes last (first listed on ties). */
  public record Plan(long days, String lastTask) {}

  public Plan plan(List<Task> tasks) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      if (index.putIfAbsent(task.name(), i) != null) {
        throw new IllegalArgumentException("duplicate task " + task.name());
      }
    }
    int n = tasks.size();
    int[] waitingFor = new int[n];
    List<List<Integer>> unlocks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      unlocks.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      Task task = tasks.get(i);
      if (task.days() < 1) {
        throw new IllegalArgumentException(task.name() + " takes no time");
      }
      for (String before : task.after()) {
        Integer b = index.get(before);
        if (b == null) {
          throw new IllegalArgumentException(task.name() + " waits for unknown task " + before);
        }
        unlocks.get(b).add(i);
        waitingFor[i]++;
      }
    }
    long[] start = new long[n];
    long[] finish = new long[n];
    ArrayDeque<Integer> ready = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (waitingFor[i] == 0) {
        ready.add(i);
      }
    }
    int done = 0;
    while (!ready.isEmpty()) {
      int i = ready.poll();
      done++;
      finish[i] = start[i] + tasks.get(i).days();
      for (int next : unlocks.get(i)) {
        start[next] = Math.max(start[next], finish[i]);
        if (--waitingFor[next] == 0) {
          ready.add(next);
        }
      }
    }
    if (done < n) {
      throw new IllegalArgumentException("the prerequisites form a cycle");
    }
    long days = 0;
    String last = null;
    for (int i = 0; i < n; i++) {
      if (finish[i] > days) {
        days = finish[i];
        last = tasks.get(i).name();
      }
    }
    return new Plan(days, last);
  }
}
