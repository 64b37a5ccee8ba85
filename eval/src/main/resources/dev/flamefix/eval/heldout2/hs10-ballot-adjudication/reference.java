package civic.elections.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

public final class PrecinctAudit {

  public record Ballot(String precinct, String ballotId, boolean provisional, boolean spoiled) {}

  private PrecinctAudit() {}

  /** The precincts (in the given order) with at least one provisional ballot that was not spoiled. */
  public static List<String> needingAdjudication(List<String> precincts, List<Ballot> ballots) {
    List<String> pending = new ArrayList<>();
    for (String precinct : precincts) {
      boolean open = ballots.stream()
          .anyMatch(b -> Objects.equals(b.precinct(), precinct) && b.provisional() && !b.spoiled());
      if (open) {
        pending.add(precinct);
      }
    }
    return pending;
  }
}
