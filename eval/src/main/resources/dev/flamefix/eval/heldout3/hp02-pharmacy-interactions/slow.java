package pharmacy.dispensing;

import java.util.ArrayList;
import java.util.List;

public final class InteractionScreen {

  public record Prescription(String scriptId, String patientId, String atcCode, int quantity) {}

  private final List<String> contraindicated;

  /** {@code contraindicated}: ATC codes that must not be dispensed to this ward's patients. */
  public InteractionScreen(List<String> contraindicated) {
    this.contraindicated = List.copyOf(contraindicated.stream().filter(c -> c != null).toList());
  }

  /**
   * Script ids to hold back for a pharmacist, in the order received: scripts whose ATC code is
   * contraindicated, and scripts with no code at all.
   */
  public List<String> held(List<Prescription> scripts) {
    List<String> held = new ArrayList<>();
    for (Prescription script : scripts) {
      String code = script.atcCode();
      if (code == null || contraindicated.contains(code.strip())) {
        held.add(script.scriptId());
      }
    }
    return held;
  }
}
