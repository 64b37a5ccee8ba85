package bloodbank.crossmatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class IssueSlip {

  public record Unit(String unitId, String aboGroup, String rhesus, int volumeMl) {}

  public record Crossmatch(String patientId, String unitId, boolean compatible) {}

  public record Line(String patientId, String unitId, String group, int volumeMl) {}

  private IssueSlip() {}

  /**
   * One slip line per compatible crossmatch, in crossmatch order, with the unit it names. A
   * crossmatch naming a unit that is not in stock is left off; if the stock lists a unit id twice,
   * the first entry is the one issued.
   */
  public static List<Line> issue(List<Unit> stock, List<Crossmatch> crossmatches) {
    List<Line> lines = new ArrayList<>();
    for (Crossmatch crossmatch : crossmatches) {
      if (!crossmatch.compatible()) {
        continue;
      }
      Optional<Unit> unit = stock.stream()
          .filter(u -> u.unitId().equals(crossmatch.unitId()))
          .findFirst();
      unit.ifPresent(u -> lines.add(
          new Line(crossmatch.patientId(), u.unitId(), u.aboGroup() + u.rhesus(), u.volumeMl())));
    }
    return lines;
  }
}
