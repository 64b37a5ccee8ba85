package parcels.lockers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

public class LockerScanLog {

  private static final Pattern SEPARATOR = Pattern.compile("\\s*;\\s*");
  private static final Pattern PICKUP_CODE = Pattern.compile("[A-Z]{2}-[0-9]{6}");

  /** Valid pickup codes per locker bank (banks sorted), and how many lines were rejected. */
  public record Scan(Map<String, List<String>> codesByBank, int rejected) {}

  /**
   * Reads the handheld scanner's lines "bank ; slot ; code" (spaces around the semicolons vary by
   * device). A code is two letters, a dash and six digits, in any case; it is stored upper-cased.
   * Lines with fewer than three fields or an invalid code are rejected.
   */
  public Scan codesByBank(List<String> lines) {
    Map<String, List<String>> byBank = new TreeMap<>();
    int rejected = 0;
    for (String line : lines) {
      String[] fields = SEPARATOR.split(line);
      if (fields.length < 3) {
        rejected++;
        continue;
      }
      String code = fields[2].toUpperCase(Locale.ROOT);
      if (!PICKUP_CODE.matcher(code).matches()) {
        rejected++;
        continue;
      }
      byBank.computeIfAbsent(fields[0], bank -> new ArrayList<>()).add(code);
    }
    return new Scan(byBank, rejected);
  }
}
