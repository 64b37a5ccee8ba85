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
    String report = "Apiary " + apiary + "\n";
    int needTreatment = 0;
    for (Inspection inspection : inspections) {
      report += inspection.hiveId() + ": " + inspection.broodFrames() + " brood frames";
      if (!inspection.queenSeen()) {
        report += ", queen not seen";
      }
      if (inspection.varroaPerHundred() >= TREATMENT_THRESHOLD) {
        report += ", treat for varroa (" + inspection.varroaPerHundred() + "/100)";
        needTreatment++;
      }
      report += "\n";
    }
    report += needTreatment + " of " + inspections.size() + " hives need treatment";
    return report;
  }
}
