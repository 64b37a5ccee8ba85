// expect: final String toUpperCaseOnce = zone.strip().toUpperCase();
import java.util.*;

public class Fixture {
  /** Bike share: bikes parked at docks of one zone (the zone name as typed by an operator). */
  record Dock(String zone, int bikes) {}

  public static int target(List<Dock> docks, String zone) {
    if (zone.isBlank()) return -1;
    return docks.stream().filter(d -> d.zone().equals(zone.strip().toUpperCase())).mapToInt(Dock::bikes).sum();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Dock> docks = List.of(new Dock("NORTH", 4), new Dock("SOUTH", 7), new Dock("NORTH", 2));
    out.append(safe(() -> target(docks, " north "))).append('\n');
    out.append(safe(() -> target(docks, "east"))).append('\n');
    out.append(safe(() -> target(docks, "  "))).append('\n');
    out.append(safe(() -> target(List.of(), "north"))).append('\n');
    out.append(safe(() -> target(List.of(), null))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Dock("SOUTH", 1), null), "south"))).append('\n');
    out.append(safe(() -> target(List.of(new Dock(null, 3)), "south"))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
