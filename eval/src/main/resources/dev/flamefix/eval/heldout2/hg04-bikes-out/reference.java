package mobility.bikeshare.fleet;

import java.util.Arrays;
import java.util.List;

public final class RentalLog {

  /** A bike is out from {@code startMinute} (inclusive) to {@code endMinute} (exclusive). */
  public record Rental(String bikeId, long startMinute, long endMinute) {}

  private RentalLog() {}

  /** For each query minute, how many bikes were out at that minute. */
  public static int[] bikesOut(List<Rental> rentals, long[] queryMinutes) {
    // Rentals that end before they start are never out; leaving them in would count them negatively.
    long[] starts = new long[rentals.size()];
    long[] ends = new long[rentals.size()];
    int n = 0;
    for (Rental rental : rentals) {
      if (rental.startMinute() < rental.endMinute()) {
        starts[n] = rental.startMinute();
        ends[n] = rental.endMinute();
        n++;
      }
    }
    Arrays.sort(starts, 0, n);
    Arrays.sort(ends, 0, n);
    int[] out = new int[queryMinutes.length];
    for (int q = 0; q < queryMinutes.length; q++) {
      out[q] = atMost(starts, n, queryMinutes[q]) - atMost(ends, n, queryMinutes[q]);
    }
    return out;
  }

  /** How many of the first n (sorted) values are <= key. */
  private static int atMost(long[] sorted, int n, long key) {
    int low = 0;
    int high = n;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
