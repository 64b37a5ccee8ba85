package tailoring.fittings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class MeasurementSheet {

  private static final Pattern MEASUREMENT =
      Pattern.compile("([A-Za-z]+)\\s*[=:]\\s*(\\d{1,3}(?:\\.\\d)?)\\s*cm");

  private static final Set<String> REQUIRED = Set.of("chest", "waist", "hip", "inseam", "sleeve");

  private MeasurementSheet() {}

  /**
   * The cutting-room sheet for one customer from the fitter's free-text notes: every measurement
   * found ("chest = 102.5cm", "Sleeve: 64 cm"), the last one winning when a name repeats, in the
   * order first noted, then the required measurements still missing, alphabetically.
   */
  public static String sheet(String customer, List<String> notes) {
    Map<String, String> measured = new LinkedHashMap<>();
    for (String note : notes) {
      Matcher m = MEASUREMENT.matcher(note);
      while (m.find()) {
        measured.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
      }
    }
    StringBuilder out = new StringBuilder(64 + 24 * measured.size());
    out.append("Customer: ").append(customer).append('\n');
    for (Map.Entry<String, String> e : measured.entrySet()) {
      out.append("  ").append(e.getKey()).append(' ').append(e.getValue()).append(" cm\n");
    }
    Set<String> missing = new TreeSet<>(REQUIRED);
    missing.removeAll(measured.keySet());
    if (!missing.isEmpty()) {
      out.append("Missing: ").append(String.join(", ", missing)).append('\n');
    }
    return out.toString();
  }
}
