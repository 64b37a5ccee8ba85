package amr.fleet.dispatch;

import java.util.ArrayList;
import java.util.List;

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
    List<Assignment> assignments = new ArrayList<>(tasks.size());
    for (PickTask task : tasks) {
      String chosen = null;
      for (Robot robot : fleet) {
        if (robot.aisle() == task.aisle() && robot.batteryPercent() >= minBattery) {
          chosen = robot.robotId();
          break;
        }
      }
      assignments.add(new Assignment(task.taskId(), chosen));
    }
    return assignments;
  }
}
