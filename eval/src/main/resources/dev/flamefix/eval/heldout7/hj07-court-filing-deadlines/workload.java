package courts.docket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class FilingDeadlinesWorkload {
  public static Supplier<Object> workload() {
    List<String> holidays = List.of("2027-01-01", "2027-04-02", "2027-04-05", "2027-05-03",
        "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28");
    LocalDate first = LocalDate.of(2027, 3, 1);
    int[] periods = {5, 10, 14, 21, 28, 42};
    List<FilingDeadlines.Filing> filings = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      String filed = first.plusDays((i * 7L) % 45).toString();
      filings.add(new FilingDeadlines.Filing("CV-" + (i * 31 % 3_500), filed, periods[(i / 3) % periods.length]));
    }
    FilingDeadlines registry = new FilingDeadlines(holidays);
    return () -> registry.deadlines(filings);
  }
}
