package museum.admissions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class TurnstileLog {

  /** Ticket type, six-digit serial, two hex check characters: "ADT-004211-9F". */
  private static final String TICKET = "(ADT|CHD|SNR|GRP)-\\d{6}-[0-9A-F]{2}";

  private TurnstileLog() {}

  /**
   * Valid scans per ticket type, types in the order they were first admitted. Unreadable scans
   * (null, blank, malformed) are ignored.
   */
  public static Map<String, Integer> admissionsByType(List<String> scans) {
    Map<String, Integer> byType = new LinkedHashMap<>();
    for (String scan : scans) {
      if (scan == null || !scan.matches(TICKET)) {
        continue;
      }
      byType.merge(scan.substring(0, 3), 1, Integer::sum);
    }
    return byType;
  }
}
