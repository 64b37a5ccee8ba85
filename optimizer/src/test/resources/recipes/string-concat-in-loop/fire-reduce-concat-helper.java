// expect: .collect(java.util.stream.Collectors.joining());
import java.util.List;

public class Fixture {
  /** A beehive inspection: hive number, frames of brood and whether the queen was seen. */
  record Inspection(int hive, int broodFrames, boolean queenSeen) {}

  /** The apiary report: one line per hive with brood, in the order inspected. */
  public static String target(String apiary, List<Inspection> inspections) {
    return apiary + ":\n" + inspections.stream()
        .filter(i -> i.broodFrames() > 0)
        .map(i -> line(i))
        .reduce("", String::concat);
  }

  private static String line(Inspection i) {
    if (i.queenSeen()) {
      return "hive " + i.hive() + " brood " + i.broodFrames() + " queen\n";
    }
    return "hive " + i.hive() + " brood " + i.broodFrames() + "\n";
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target("north", List.of(new Inspection(1, 4, true), new Inspection(2, 0, false), new Inspection(3, 7, false)))));
    out.append(safe(() -> target(null, List.of())));
    out.append(safe(() -> target("east", null)));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
