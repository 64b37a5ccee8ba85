package recording.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class BookingCalendarWorkload {
  public static Supplier<Object> workload() {
    List<BookingCalendar.Booking> bookings = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      int day = (int) ((i * 7_919L) % 2_000);
      int start = day * 1_440 + 480 + (i % 3) * 200;
      bookings.add(new BookingCalendar.Booking("band-" + i % 90, start, start + 60 + (i % 5) * 45));
    }
    return () -> BookingCalendar.busyBlocks(bookings);
  }
}
