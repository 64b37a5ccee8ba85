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
    List<Long> totals = new ArrayList<>(zones);
    for (int zone = 0; zone < zones; zone++) {
      totals.add(0L);
    }
    for (ValveEvent event : events) {
      if (event.zone() < 0 || event.zone() >= zones || event.minutes() < 0) {
        continue;
      }
      Long delivered = (long) event.litresPerMinute() * event.minutes();
      totals.set(event.zone(), totals.get(event.zone()) + delivered);
    }
    return totals;
  }
}
