package courts.docket;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class FilingDeadlines {

  /** A document filed with the registry: case number, ISO filing date, court days allowed to respond. */
  public record Filing(String caseNo, String filedOn, int courtDays) {}

  private final Set<LocalDate> holidays = new HashSet<>();

  public FilingDeadlines(List<String> courtHolidays) {
    for (String day : courtHolidays) {
      holidays.add(LocalDate.parse(day));
    }
  }

  /** Deadline (ISO date) per case, in the order cases first appear; a later filing for a case replaces its deadline. */
  public Map<String, String> deadlines(List<Filing> filings) {
    Map<String, String> byCase = new LinkedHashMap<>();
    for (Filing filing : filings) {
      LocalDate due = addCourtDays(LocalDate.parse(filing.filedOn()), filing.courtDays());
      byCase.put(filing.caseNo(), due.toString());
    }
    return byCase;
  }

  /** The day that is {@code days} court days after {@code start}: weekends and court holidays do not count. */
  private LocalDate addCourtDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("negative period: " + days);
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      DayOfWeek weekday = day.getDayOfWeek();
      if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day)) {
        counted++;
      }
    }
    return day;
  }
}
