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
    StringBuilder board = new StringBuilder(departures.size() * 36);
    for (Departure d : departures) {
      padRight(board, String.valueOf(d.train()), 6).append(' ');
      twoDigits(board, d.minuteOfDay() / 60 % 24).append(':');
      twoDigits(board, d.minuteOfDay() % 60).append(' ');
      padRight(board, String.valueOf(d.destination()), 16).append(' ');
      if (d.platform() >= 0 && d.platform() < 10) {
        board.append(' ');
      }
      board.append(d.platform());
      if (d.delayMinutes() > 0) {
        board.append(" +").append(d.delayMinutes());
      }
      board.append('\n');
    }
    return board.toString();
  }

  private static StringBuilder padRight(StringBuilder board, String text, int width) {
    board.append(text);
    for (int i = text.length(); i < width; i++) {
      board.append(' ');
    }
    return board;
  }

  /** As %02d: a zero before one non-negative digit; negative numbers are already two wide. */
  private static StringBuilder twoDigits(StringBuilder board, int value) {
    if (value >= 0 && value < 10) {
      board.append('0');
    }
    return board.append(value);
  }
}
