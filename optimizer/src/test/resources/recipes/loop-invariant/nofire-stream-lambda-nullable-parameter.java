import java.util.*;

public class Fixture {
  /**
   * Bike share without a check of the zone: for no docks and a null zone the original answers 0,
   * while zone.strip() computed before the pipeline would throw NullPointerException.
   */
  record Dock(String zone, int bikes) {}

  public static int target(List<Dock> docks, String zone) {
    return docks.stream().filter(d -> d.zone().equals(zone.strip().toUpperCase())).mapToInt(Dock::bikes).sum();
  }

  public static String check() {
    return String.valueOf(target(List.of(), null));
  }
}
