package parking.garage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public final class LevelBoard {

  private LevelBoard() {}

  /**
   * Free spaces per level from panel readings such as "P2:37", "P2:FULL" or "P3:--" (offline). A
   * reading that is not a number counts as no free space, but its level is still listed. Readings
   * without a colon are ignored.
   */
  public static Map<String, Integer> freeSpacesByLevel(List<String> readings) {
    Map<String, Integer> free = new TreeMap<>();
    for (String reading : readings) {
      int colon = reading.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String level = reading.substring(0, colon);
      free.merge(level, spaces(reading.substring(colon + 1)), Integer::sum);
    }
    return free;
  }

  private static int spaces(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }
}
