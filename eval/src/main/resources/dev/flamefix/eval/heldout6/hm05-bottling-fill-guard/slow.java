package bottling.line;

import java.util.ArrayList;
import java.util.List;

public class FillWeightGuard {

  /** An alarm raised at a bottle (0-based) with the underweight bottles in the window at that moment. */
  public record Alarm(int bottle, int underweightInWindow) {}

  private final int window;
  private final int minimumGrams;
  private final int alarmAt;

  /**
   * @param window how many of the latest bottles the guard looks at
   * @param minimumGrams a bottle lighter than this is underweight
   * @param alarmAt underweight bottles in the window that stop the filler
   */
  public FillWeightGuard(int window, int minimumGrams, int alarmAt) {
    if (window < 1) {
      throw new IllegalArgumentException("window must hold at least one bottle");
    }
    this.window = window;
    this.minimumGrams = minimumGrams;
    this.alarmAt = alarmAt;
  }

  /**
   * Alarms in bottle order: one when the underweight count in the latest {@code window} bottles
   * reaches {@code alarmAt}, and again only after it has fallen below that.
   */
  public List<Alarm> check(int[] fillGrams) {
    List<Integer> recent = new ArrayList<>();
    List<Alarm> alarms = new ArrayList<>();
    int underweight = 0;
    boolean raised = false;
    for (int bottle = 0; bottle < fillGrams.length; bottle++) {
      recent.add(fillGrams[bottle]);
      if (fillGrams[bottle] < minimumGrams) {
        underweight++;
      }
      if (recent.size() > window) {
        int dropped = recent.remove(0);
        if (dropped < minimumGrams) {
          underweight--;
        }
      }
      if (underweight >= alarmAt) {
        if (!raised) {
          alarms.add(new Alarm(bottle, underweight));
          raised = true;
        }
      } else {
        raised = false;
      }
    }
    return alarms;
  }
}
