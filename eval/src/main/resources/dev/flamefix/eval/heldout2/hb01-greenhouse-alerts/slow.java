package agri.greenhouse.alerts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class ClimateAlerts {

  /** "bench-12 T=31.5 RH=88%": sensor id, temperature in Celsius, relative humidity. */
  private static final Pattern READING = Pattern.compile("(\\w[\\w-]*)\\s+T=(-?\\d{1,3}(?:\\.\\d{1,2})?)\\s+RH=(\\d{1,3})%");

  private ClimateAlerts() {}

  /**
   * Sensors that reported a temperature above {@code maxCelsius} or a humidity above {@code
   * maxHumidity}, in the order of their first alerting line, each once. Malformed lines are skipped.
   */
  public static List<String> alertingSensors(List<String> lines, double maxCelsius, int maxHumidity) {
    Set<String> alerting = new LinkedHashSet<>();
    Matcher reading = READING.matcher("");
    for (String line : lines) {
      if (!reading.reset(line).matches()) {
        continue;
      }
      double celsius = Double.parseDouble(reading.group(2));
      int humidity = Integer.parseInt(reading.group(3));
      if (celsius > maxCelsius || humidity > maxHumidity) {
        alerting.add(reading.group(1));
      }
    }
    return new ArrayList<>(alerting);
  }
}
