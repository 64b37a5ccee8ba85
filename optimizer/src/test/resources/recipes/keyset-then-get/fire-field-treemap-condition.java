// expect: for (Map.Entry<String, Double> entry : this.readings.entrySet())
import java.util.*;

public class Fixture {
  private final Map<String, Double> readings = new TreeMap<>();

  List<String> target(double limit) {
    List<String> hot = new ArrayList<>();
    for (final String sensor : this.readings.keySet()) {
      if (readings.get(sensor) > limit && !sensor.startsWith("x")) hot.add(sensor + "@" + readings.get(sensor));
    }
    return hot;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture();
    f.readings.put("boiler", 81.5);
    f.readings.put("attic", 22.0);
    f.readings.put("xray", 99.0);
    f.readings.put("kiln", Double.NaN);
    out.append(safe(() -> f.target(50))).append('\n');
    out.append(safe(() -> new Fixture().target(0))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
