package harbour.tides;

import java.util.List;

public final class TideTable {

  /** A turning of the tide: minute of the day, high or low water, height against chart datum. */
  public record Turn(int minuteOfDay, boolean high, int heightCm) {}

  private TideTable() {}

  /** "HH:MM HW +312 cm" per turn, one per line, in the order given. */
  public static String render(List<Turn> turns) {
    StringBuilder table = new StringBuilder();
    for (Turn turn : turns) {
      table.append(String.format("%02d:%02d %s %+d cm\n",
          turn.minuteOfDay() / 60, turn.minuteOfDay() % 60, turn.high() ? "HW" : "LW", turn.heightCm()));
    }
    return table.toString();
  }
}
