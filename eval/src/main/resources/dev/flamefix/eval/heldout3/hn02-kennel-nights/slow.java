package petcare.kennel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class RunOccupancy {

  public record Stay(String dogName, String run, int checkInDay, int checkOutDay) {}

  /** Nights booked per run (runs in the kennel's order) and over the whole kennel. */
  public record Occupancy(Map<String, Long> nightsPerRun, long totalNights) {}

  private final List<String> runs;
  private final Map<String, Integer> runIndex = new HashMap<>();

  public RunOccupancy(List<String> runs) {
    this.runs = List.copyOf(runs);
    for (int i = 0; i < this.runs.size(); i++) {
      runIndex.putIfAbsent(this.runs.get(i), i);
    }
  }

  /**
   * Nights per run: a stay books the nights from check-in up to the day before check-out. Stays in
   * runs the kennel does not have, and stays that end before they start, book nothing.
   */
  public Occupancy nightsPerRun(List<Stay> stays) {
    long[] nights = new long[runs.size()];
    for (Stay stay : stays) {
      Integer index = runIndex.get(stay.run());
      if (index != null && stay.checkOutDay() > stay.checkInDay()) {
        nights[index] += (long) stay.checkOutDay() - stay.checkInDay();
      }
    }
    Map<String, Long> perRun = new LinkedHashMap<>();
    for (int i = 0; i < runs.size(); i++) {
      perRun.putIfAbsent(runs.get(i), nights[i]);
    }
    return new Occupancy(perRun, Arrays.stream(nights).sum());
  }
}
