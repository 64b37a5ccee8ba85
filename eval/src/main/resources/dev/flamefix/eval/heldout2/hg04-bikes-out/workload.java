package mobility.bikeshare.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class RentalLogWorkload {
  public static Supplier<Object> workload() {
    List<RentalLog.Rental> rentals = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      long start = (i * 7_919L) % 10_080;
      rentals.add(new RentalLog.Rental("bike-" + i % 800, start, start + 5 + (i * 31) % 180));
    }
    long[] queries = new long[1_000];
    for (int q = 0; q < queries.length; q++) {
      queries[q] = q * 10L + q % 7;
    }
    return () -> RentalLog.bikesOut(rentals, queries);
  }
}
