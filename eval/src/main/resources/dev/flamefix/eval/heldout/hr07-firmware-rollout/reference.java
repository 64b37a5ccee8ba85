package iot.fleet.ota;

import java.util.ArrayList;
import java.util.List;

public final class FirmwareRollout {

  public record Device(String id, String firmware) {}

  private FirmwareRollout() {}

  /**
   * Ids of the devices whose firmware is older than {@code target}, in input order. Versions are
   * compared part by part; a part that is not a number (a pre-release tag) counts as -1, a
   * missing part as 0.
   */
  public static List<String> needingUpdate(List<Device> devices, String target) {
    int[] wanted = parse(target);
    List<String> outdated = new ArrayList<>();
    for (Device device : devices) {
      if (compare(parse(device.firmware()), wanted) < 0) {
        outdated.add(device.id());
      }
    }
    return outdated;
  }

  static int[] parse(String version) {
    String[] parts = version.split("\\.");
    int[] numbers = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = partValue(parts[i]);
    }
    return numbers;
  }

  /** The part as Integer.parseInt reads it, or -1; throws only where parseInt might succeed. */
  private static int partValue(String part) {
    int n = part.length();
    if (n > 0 && n <= 9) {
      int value = 0;
      int i = 0;
      for (; i < n; i++) {
        char c = part.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        value = value * 10 + (c - '0');
      }
      if (i == n) {
        return value;
      }
    }
    if (!couldBeInt(part)) {
      return -1;
    }
    // Signs, more than nine digits (overflow) and non-ASCII digits: let parseInt decide.
    try {
      return Integer.parseInt(part);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean couldBeInt(String part) {
    if (part.isEmpty()) {
      return false;
    }
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      boolean sign = i == 0 && (c == '+' || c == '-');
      if (!sign && Character.digit(c, 10) < 0) {
        return false;
      }
    }
    return true;
  }

  static int compare(int[] a, int[] b) {
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      int x = i < a.length ? a[i] : 0;
      int y = i < b.length ? b[i] : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }
}
