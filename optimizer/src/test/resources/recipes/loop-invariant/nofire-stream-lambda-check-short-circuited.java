import java.util.*;

public class Fixture {
  /**
   * Bike share where the zone is only looked at for large fleets: the && may skip zone.isBlank(),
   * so nothing proves zone non-null before the pipeline.
   */
  record Dock(String zone, int bikes) {}

  public static int target(List<Dock> docks, String zone) {
    if (docks.size() > 3 && zone.isBlank()) return -1;
    return docks.stream().filter(d -> d.zone().equals(zone.strip().toUpperCase())).mapToInt(Dock::bikes).sum();
  }

  public static String check() {
    return String.valueOf(target(List.of(), null));
  }
}
