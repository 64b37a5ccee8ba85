package running.marathon;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class SplitSheet {

  public record Passing(int bib, String mat, double kilometre, long epochMillis) {}

  private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final long gunEpochMillis;
  private final DateTimeFormatter clock;

  public SplitSheet(long gunEpochMillis, String zoneId) {
    this.gunEpochMillis = gunEpochMillis;
    this.clock = TIME_OF_DAY.withZone(ZoneId.of(zoneId));
  }

  /**
   * One CSV line per mat passing: bib, mat, local time of day at the race, and the runner's average
   * pace since the gun in minutes per kilometre ("-" on the start mat).
   */
  public List<String> lines(List<Passing> passings) {
    List<String> lines = new ArrayList<>(passings.size());
    DecimalFormat twoPlaces = null;
    for (Passing passing : passings) {
      String pace = "-";
      if (passing.kilometre() > 0) {
        if (twoPlaces == null) {
          twoPlaces = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        }
        double minutes = (passing.epochMillis() - gunEpochMillis) / 60_000.0;
        pace = twoPlaces.format(minutes / passing.kilometre());
      }
      lines.add(passing.bib() + "," + passing.mat() + ","
          + clock.format(Instant.ofEpochMilli(passing.epochMillis())) + "," + pace);
    }
    return lines;
  }
}
