package apiculture.inspections;

import java.util.List;

public final class InspectionReport {

  public record Inspection(String hiveId, int broodFrames, boolean queenSeen, int varroaPerHundred) {}

  /** Mites per hundred bees at which a colony is treated. */
  static final int TREATMENT_THRESHOLD = 3;

  private InspectionReport() {}

  /**
   * One line per inspected hive, in the order given, then a summary line with how many hives need
   * a varroa treatment.
   */
  public static String render(String apiary, List<Inspection> inspections) {
    StringBuilder report = new StringBuilder(64 + inspections.size() * 48);
    report.append("Apiary ").append(apiary).append('\n');
    int needTreatment = 0;
    for (Inspection inspection : inspections) {
      report.append(inspection.hiveId()).append(": ").append(inspection.broodFrames()).append(" brood frames");
      if (!inspection.queenSeen()) {
        report.append(", queen not seen");
      }
      if (inspection.varroaPerHundred() >= TREATMENT_THRESHOLD) {
        report.append(", treat for varroa (").append(inspection.varroaPerHundred()).append("/100)");
        needTreatment++;
      }
      report.append('\n');
    }
    report.append(needTreatment).append(" of ").append(inspections.size()).append(" hives need treatment");
    return report.toString();
  }
}
