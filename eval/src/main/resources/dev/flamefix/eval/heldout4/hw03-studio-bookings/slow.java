package recording.studio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
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
    List<Block> blocks = new ArrayList<>();
    for (Booking booking : bookings) {
      if (booking.endMinute() <= booking.startMinute()) {
        continue;
      }
      int start = booking.startMinute();
      int end = booking.endMinute();
      boolean merged;
      do {
        merged = false;
        for (Iterator<Block> it = blocks.iterator(); it.hasNext(); ) {
          Block block = it.next();
          if (block.startMinute() <= end && start <= block.endMinute()) {
            start = Math.min(start, block.startMinute());
            end = Math.max(end, block.endMinute());
            it.remove();
            merged = true;
          }
        }
      } while (merged);
      blocks.add(new Block(start, end));
    }
    blocks.sort(Comparator.comparingInt(Block::startMinute));
    return blocks;
  }
}
