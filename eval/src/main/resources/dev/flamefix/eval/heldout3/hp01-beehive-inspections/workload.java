package apiculture.inspections;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class InspectionReportWorkload {
  public static Supplier<Object> workload() {
    List<InspectionReport.Inspection> inspections = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      inspections.add(new InspectionReport.Inspection("hive-" + (1000 + i), 2 + i % 9, i % 7 != 3, (i * 5) % 8));
    }
    return () -> InspectionReport.render("Heather ridge", inspections);
  }
}
