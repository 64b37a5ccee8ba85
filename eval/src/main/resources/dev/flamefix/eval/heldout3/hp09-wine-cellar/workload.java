package enology.cellar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class CellarReportWorkload {
  public static Supplier<Object> workload() {
    String[] regions = {"Bordeaux", "Rioja", "Napa", "Mosel", "Barossa", "Wachau", "Mendoza"};
    List<CellarReport.Bottle> cellar = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      cellar.add(new CellarReport.Bottle("lot-" + i, regions[i % regions.length], 1985 + (i * 13) % 40, (i * 7) % 12));
    }
    CellarReport report = new CellarReport(2026);
    return () -> report.olderThanAverage(cellar);
  }
}
