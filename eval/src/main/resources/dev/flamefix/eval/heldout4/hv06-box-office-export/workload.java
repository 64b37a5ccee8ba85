package theatre.boxoffice;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class SeatExportWorkload {
  public static Supplier<Object> workload() {
    String[] bands = {"A", "B", "C", "restricted"};
    List<SeatExport.Booking> bookings = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      bookings.add(new SeatExport.Booking("2026-12-" + (10 + i % 14) + (i % 3 == 0 ? " mat" : " eve"),
          (char) ('A' + i % 20), 1 + i % 32, bands[i % bands.length], 1_500 + (i * 37L) % 6_000, i % 50 == 0));
    }
    return () -> SeatExport.exportBookings(bookings);
  }
}
