package rail.timetable.board;

import java.util.List;

public final class DepartureBoard {

  public record Departure(String train, String destination, int minuteOfDay, int platform, int delayMinutes) {}

  private DepartureBoard() {}

  /**
   * One line per departure: train left-aligned in 6 columns, time as HH:MM, destination
   * left-aligned in 16 columns, platform right-aligned in 2, then "+N" when N minutes late.
   */
  public static String render(List<Departure> departures) {
    StringBuilder board = new StringBuilder();
    for (Departure d : departures) {
      board.append(String.format("%-6s %s %-16s %2d", d.train(), clock(d.minuteOfDay()), d.destination(), d.platform()));
      if (d.delayMinutes() > 0) {
        board.append(String.format(" +%d", d.delayMinutes()));
      }
      board.append('\n');
    }
    return board.toString();
  }

  private static String clock(int minuteOfDay) {
    return String.format("%02d:%02d", minuteOfDay / 60 % 24, minuteOfDay % 60);
  }
}
