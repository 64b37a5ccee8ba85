package carpool.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class RidePlanner {

  private final int seatsPerCar;

  public RidePlanner(int seatsPerCar) {
    if (seatsPerCar < 1) {
      throw new IllegalArgumentException("a car needs at least one passenger seat");
    }
    this.seatsPerCar = seatsPerCar;
  }

  /**
   * Seats the riders, in request order, with the drivers on the rota who are neither on leave nor
   * already matched today, filling each car before the next (a driver listed twice on the rota
   * drives twice). Riders left over map to null, in request order after the seated ones.
   */
  public Map<String, String> seatRiders(List<String> rota, List<String> onLeave, List<String> matchedToday,
      List<String> riders) {
    Set<String> unavailable = new HashSet<>(onLeave);
    unavailable.addAll(matchedToday);
    List<String> free = new ArrayList<>(rota);
    free.removeAll(unavailable);

    Map<String, String> seating = new LinkedHashMap<>();
    int car = 0;
    int taken = 0;
    for (String rider : riders) {
      if (car < free.size()) {
        seating.put(rider, free.get(car));
        if (++taken == seatsPerCar) {
          car++;
          taken = 0;
        }
      } else {
        seating.put(rider, null);
      }
    }
    return seating;
  }
}
