package harbour.tides;

import java.util.List;

public final class TideTable {

  /** A turning of the tide: minute of the day, high or low water, height against chart datum. */
  public record Turn(int minuteOfDay, boolean high, int heightCm) {}

  private TideTable() {}

  /** "HH:MM HW +312 cm" per turn, one per line, in the order given. */
  public static String render(List<Turn> turns) {
    StringBuilder table = new StringBuilder(turns.size() * 18);
    for (Turn turn : turns) {
      twoDigits(table, turn.minuteOfDay() / 60).append(':');
      twoDigits(table, turn.minuteOfDay() % 60).append(' ');
      table.append(turn.high() ? "HW" : "LW").append(' ');
      if (turn.heightCm() >= 0) {
        table.append('+');
      }
      table.append(turn.heightCm()).append(" cm\n");
    }
    return table.toString();
  }

  /** As %02d: a leading zero for 0..9 only; negative numbers keep their sign and are not padded. */
  private static StringBuilder twoDigits(StringBuilder out, int value) {
    if (value >= 0 && value < 10) {
      out.append('0');
    }
    return out.append(value);
  }
}
