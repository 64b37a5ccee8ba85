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
      numbers[i] = isNumber(parts[i]) ? Integer.parseInt(parts[i]) : -1;
    }
    return numbers;
  }

  private static boolean isNumber(String part) {
    try {
      Integer.parseInt(part);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
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
