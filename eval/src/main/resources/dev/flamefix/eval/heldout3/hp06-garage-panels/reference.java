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
    if (!looksNumeric(value)) {
      return 0;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException outOfRange) {
      return 0;
    }
  }

  /** What Integer.parseInt accepts apart from the range: an optional sign, then one or more digits. */
  private static boolean looksNumeric(String value) {
    int start = !value.isEmpty() && (value.charAt(0) == '-' || value.charAt(0) == '+') ? 1 : 0;
    if (start == value.length()) {
      return false;
    }
    for (int i = start; i < value.length(); i++) {
      if (Character.digit(value.charAt(i), 10) < 0) {
        return false;
      }
    }
    return true;
  }
}
