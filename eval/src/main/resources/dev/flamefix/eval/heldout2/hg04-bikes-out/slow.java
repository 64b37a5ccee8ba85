package mobility.bikeshare.fleet;

import java.util.List;

public final class RentalLog {

  /** A bike is out from {@code startMinute} (inclusive) to {@code endMinute} (exclusive). */
  public record Rental(String bikeId, long startMinute, long endMinute) {}

  private RentalLog() {}

  /** For each query minute, how many bikes were out at that minute. */
  public static int[] bikesOut(List<Rental> rentals, long[] queryMinutes) {
    int[] out = new int[queryMinutes.length];
    for (int q = 0; q < queryMinutes.length; q++) {
      long minute = queryMinutes[q];
      int count = 0;
      for (Rental rental : rentals) {
        if (rental.startMinute() <= minute && minute < rental.endMinute()) {
          count++;
        }
      }
      out[q] = count;
    }
    return out;
  }
}
