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
    String[] parts = new String[3];
    for (String line : lines) {
      pick(line, parts);
      String tank = value(parts[0]);
      int day = Integer.parseInt(value(parts[1]));
      double gravity = Double.parseDouble(value(parts[2]));
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

  /**
   * One pass over the line: the first part named tank, day and sg go to slots 0, 1 and 2 (null
   * when absent). The caller resolves the slots in the order it reads the fields, so a matching
   * part without '=' fails at the same point as a per-key lookup would.
   */
  private static void pick(String line, String[] parts) {
    parts[0] = null;
    parts[1] = null;
    parts[2] = null;
    for (String part : line.split(";")) {
      int eq = part.indexOf('=');
      String key = (eq < 0 ? part : part.substring(0, eq)).trim();
      int slot = switch (key) {
        case "tank" -> 0;
        case "day" -> 1;
        case "sg" -> 2;
        default -> -1;
      };
      if (slot >= 0 && parts[slot] == null) {
        parts[slot] = part;
      }
    }
  }

  private static String value(String part) {
    if (part == null) {
      return null;
    }
    int eq = part.indexOf('=');
    if (eq < 0) {
      throw new ArrayIndexOutOfBoundsException("Index 1 out of bounds for length 1");
    }
    return part.substring(eq + 1).trim();
  }
}
