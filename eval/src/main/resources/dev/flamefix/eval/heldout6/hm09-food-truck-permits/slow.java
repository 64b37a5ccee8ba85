package streetfood.permits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
    for (Truck truck : applications) {
      Set<String> banned = rules.bannedCuisines().stream()
          .map(c -> c.toLowerCase(Locale.ROOT))
          .collect(Collectors.toSet());
      int fryerCap = rules.fryerCapByBorough().values().stream()
          .mapToInt(Integer::intValue)
          .min()
          .orElse(Integer.MAX_VALUE);
      String host = rules.festivalBorough().trim().toLowerCase(Locale.ROOT);

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
