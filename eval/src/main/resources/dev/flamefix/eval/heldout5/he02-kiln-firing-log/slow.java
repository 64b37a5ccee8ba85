package ceramics.kiln;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads the kiln controller's log lines, {@code HH:mm <temperature C>}, one per reading. */
public class FiringLog {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  /**
   * One line per segment between consecutive readable readings, {@code 06:00-07:30 +80 C/h}
   * (the rate rounded towards zero; a reading past midnight continues the firing), then a count
   * of the lines that could not be read. Readings at the same minute start a new segment without
   * printing one.
   */
  public String rampReport(List<String> lines) {
    var out = new StringBuilder();
    LocalTime previous = null;
    int previousTemp = 0;
    int unreadable = 0;
    for (var line : lines) {
      int space = line.indexOf(' ');
      if (space < 0) {
        unreadable++;
        continue;
      }
      LocalTime time;
      int temp;
      try {
        time = LocalTime.parse(line.substring(0, space), CLOCK);
        temp = Integer.parseInt(line.substring(space + 1).strip());
      } catch (DateTimeParseException | NumberFormatException garbled) {
        unreadable++;
        continue;
      }
      if (previous != null) {
        long minutes = Duration.between(previous, time).toMinutes();
        if (minutes < 0) {
          minutes += 24 * 60;
        }
        if (minutes > 0) {
          long rate = (temp - previousTemp) * 60L / minutes;
          out.append(CLOCK.format(previous)).append('-').append(CLOCK.format(time)).append(' ')
              .append(rate >= 0 ? "+" : "").append(rate).append(" C/h\n");
        }
      }
      previous = time;
      previousTemp = temp;
    }
    return out.append("unreadable: ").append(unreadable).toString();
  }
}
