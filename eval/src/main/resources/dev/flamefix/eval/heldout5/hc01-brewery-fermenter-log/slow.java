package brewing.fermenters;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the probe lines the fermenters post, e.g. {@code batch=B112; tank=FV3; day=4; sg=1.012;
 * temp=18.5}: fields in any order, separated by ';'.
 */
public class GravityLog {

  /**
   * Apparent attenuation per tank in percent (one decimal): gravity on day 0 (first such line)
   * against the gravity of the latest day seen after it (a later line for the same day wins).
   * Tanks in the order of their first post-pitch reading; tanks without a day-0 gravity above
   * 1.0 are left out.
   */
  public Map<String, Double> attenuationByTank(List<String> lines) {
    Map<String, Double> original = new HashMap<>();
    Map<String, Integer> lastDay = new HashMap<>();
    Map<String, Double> current = new LinkedHashMap<>();
    for (String line : lines) {
      String tank = field(line, "tank");
      int day = Integer.parseInt(field(line, "day"));
      double gravity = Double.parseDouble(field(line, "sg"));
      if (day == 0) {
        original.putIfAbsent(tank, gravity);
      } else if (day >= lastDay.getOrDefault(tank, 0)) {
        lastDay.put(tank, day);
        current.put(tank, gravity);
      }
    }
    Map<String, Double> result = new LinkedHashMap<>();
    current.forEach((tank, finalGravity) -> {
      Double start = original.get(tank);
      if (start != null && start > 1.0) {
        result.put(tank, Math.round((start - finalGravity) / (start - 1.0) * 1000) / 10.0);
      }
    });
    return result;
  }

  /** The value of the first {@code key=value} part of the line, or null when there is none. */
  private static String field(String line, String key) {
    for (String part : line.split(";")) {
      String[] kv = part.split("=", 2);
      if (kv[0].trim().equals(key)) {
        return kv[1].trim();
      }
    }
    return null;
  }
}
