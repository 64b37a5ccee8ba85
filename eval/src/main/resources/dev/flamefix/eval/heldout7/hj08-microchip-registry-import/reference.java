package pets.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class ImplantImport {

  /** The older practice system writes dates as day/month/year. */
  private static final DateTimeFormatter PRACTICE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /** One exported implant record: 15-digit chip number and implant date. */
  public record Row(String chip, String implanted) {}

  public record Outcome(int accepted, int rejected, String earliest, String latest, Map<Integer, Integer> perYear) {}

  public Outcome load(List<Row> rows) {
    int accepted = 0;
    int rejected = 0;
    LocalDate earliest = null;
    LocalDate latest = null;
    Map<Integer, Integer> perYear = new TreeMap<>();
    for (Row row : rows) {
      if (row.chip() == null || row.chip().length() != 15) {
        rejected++;
        continue;
      }
      LocalDate date = parseDate(row.implanted());
      if (date == null) {
        rejected++;
        continue;
      }
      accepted++;
      if (earliest == null || date.isBefore(earliest)) {
        earliest = date;
      }
      if (latest == null || date.isAfter(latest)) {
        latest = date;
      }
      perYear.merge(date.getYear(), 1, Integer::sum);
    }
    return new Outcome(accepted, rejected, earliest == null ? "" : earliest.toString(),
        latest == null ? "" : latest.toString(), perYear);
  }

  private static LocalDate parseDate(String text) {
    // ISO dates never contain '/', day/month/year dates always do
    DateTimeFormatter format =
        text.indexOf('/') >= 0 ? PRACTICE_DATE : DateTimeFormatter.ISO_LOCAL_DATE;
    try {
      return LocalDate.parse(text, format);
    } catch (DateTimeParseException garbled) {
      return null;
    }
  }
}
