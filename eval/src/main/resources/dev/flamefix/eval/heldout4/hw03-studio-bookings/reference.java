package recording.studio;

import java.util.ArrayList;
import java.util.List;

public final class BookingCalendar {

  public record Booking(String band, int startMinute, int endMinute) {}

  /** A busy stretch of the studio, [startMinute, endMinute). */
  public record Block(int startMinute, int endMinute) {}

  private BookingCalendar() {}

  /**
   * The studio's busy time as disjoint blocks sorted by start: bookings that overlap or touch end
   * to start are merged. Bookings that end at or before their start are ignored.
   */
  public static List<Block> busyBlocks(List<Booking> bookings) {
    int n = 0;
    long[] spans = new long[bookings.size()];
    for (Booking booking : bookings) {
      if (booking.endMinute() > booking.startMinute()) {
        // start in the high half, so the packed values sort by start; end in the low half
        spans[n++] = ((long) booking.startMinute() << 32) | (booking.endMinute() & 0xFFFFFFFFL);
      }
    }
    java.util.Arrays.sort(spans, 0, n);
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < n) {
      int start = (int) (spans[i] >> 32);
      int end = (int) spans[i];
      i++;
      while (i < n && (int) (spans[i] >> 32) <= end) {
        end = Math.max(end, (int) spans[i]);
        i++;
      }
      blocks.add(new Block(start, end));
    }
    return blocks;
  }
}
