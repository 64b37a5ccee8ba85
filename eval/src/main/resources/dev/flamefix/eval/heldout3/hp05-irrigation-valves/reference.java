package farmops.irrigation;

import java.util.ArrayList;
import java.util.List;

public final class ValveLog {

  /** A valve opened for {@code minutes} at {@code litresPerMinute} on one zone. */
  public record ValveEvent(int zone, int litresPerMinute, int minutes) {}

  private ValveLog() {}

  /**
   * Litres delivered to each zone {@code 0..zones-1}. Events for unknown zones are ignored, as are
   * events with a negative duration (clock resets on the controller).
   */
  public static List<Long> litresPerZone(List<ValveEvent> events, int zones) {
    List<Long> result = new ArrayList<>(zones);
    long[] totals = new long[zones];
    for (ValveEvent event : events) {
      if (event.zone() < 0 || event.zone() >= zones || event.minutes() < 0) {
        continue;
      }
      totals[event.zone()] += (long) event.litresPerMinute() * event.minutes();
    }
    for (long total : totals) {
      result.add(total);
    }
    return result;
  }
}
