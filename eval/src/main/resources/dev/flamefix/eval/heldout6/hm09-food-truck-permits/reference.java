package streetfood.permits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

public class PitchDesk {

  /** A truck applying for a pitch: its name, cuisine, home borough and deep-fat fryers on board. */
  public record Truck(String name, String cuisine, String borough, int fryers) {}

  /** This year's rules: banned cuisines, each borough's fryer cap, the borough hosting the festival. */
  public record Rules(List<String> bannedCuisines, Map<String, Integer> fryerCapByBorough, String festivalBorough) {}

  /**
   * Trucks granted a pitch, in application order: cuisine not banned (any case), fryers within the
   * strictest borough cap, and a truck from outside the host borough brings at most one fryer.
   */
  public List<String> approve(List<Truck> applications, Rules rules) {
    List<String> approved = new ArrayList<>();
    if (applications.isEmpty()) {
      return approved;
    }
    Set<String> banned = new HashSet<>();
    for (String cuisine : rules.bannedCuisines()) {
      banned.add(cuisine.toLowerCase(Locale.ROOT));
    }
    int fryerCap = Integer.MAX_VALUE;
    for (Integer cap : rules.fryerCapByBorough().values()) {
      fryerCap = Math.min(fryerCap, cap);
    }
    String host = rules.festivalBorough().trim().toLowerCase(Locale.ROOT);

    for (Truck truck : applications) {
      if (banned.contains(truck.cuisine().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (truck.fryers() > fryerCap) {
        continue;
      }
      boolean local = truck.borough().trim().toLowerCase(Locale.ROOT).equals(host);
      if (!local && truck.fryers() > 1) {
        continue;
      }
      approved.add(truck.name());
    }
    return approved;
  }
}
