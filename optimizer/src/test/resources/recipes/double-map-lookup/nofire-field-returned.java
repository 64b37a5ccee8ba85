import java.util.*;

public class Fixture {
  record Reading(String meter, long wattHours) {}

  // The getter hands the map itself out: a caller may store null in it.
  private final Map<String, Long> usage = new TreeMap<>();

  public Map<String, Long> usage() {
    return usage;
  }

  public String target(List<Reading> readings) {
    for (Reading r : readings) {
      long wh = r.wattHours();
      if (usage.containsKey(r.meter())) {
        usage.put(r.meter(), usage.get(r.meter()) + wh);
      } else {
        usage.put(r.meter(), wh);
      }
    }
    return usage.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture();
    f.usage().put("m1", null);
    out.append(safe(() -> f.target(List.of(new Reading("m1", 5))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
