package amr.fleet.dispatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class PickDispatcher {

  public record Robot(String robotId, int aisle, int batteryPercent) {}

  public record PickTask(String taskId, int aisle, int weightGrams) {}

  public record Assignment(String taskId, String robotId) {}

  private PickDispatcher() {}

  /**
   * Each task goes to the first robot of the fleet list that is parked in the task's aisle with at
   * least {@code minBattery} percent charge; a task no robot can take gets a null robot. Robots
   * are not used up: one robot may receive several tasks of its aisle.
   */
  public static List<Assignment> assign(List<PickTask> tasks, List<Robot> fleet, int minBattery) {
    // Robots, not their ids, are the values: a null id must not let a later robot take the aisle.
    Map<Integer, Robot> firstByAisle = new HashMap<>();
    for (Robot robot : fleet) {
      if (robot.batteryPercent() >= minBattery) {
        firstByAisle.putIfAbsent(robot.aisle(), robot);
      }
    }
    List<Assignment> assignments = new ArrayList<>(tasks.size());
    for (PickTask task : tasks) {
      Robot robot = firstByAisle.get(task.aisle());
      assignments.add(new Assignment(task.taskId(), robot == null ? null : robot.robotId()));
    }
    return assignments;
  }
}
