package civic.elections.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class PrecinctAuditWorkload {
  public static Supplier<Object> workload() {
    List<String> precincts = new ArrayList<>();
    for (int p = 0; p < 300; p++) {
      precincts.add("PCT-" + (1_000 + p));
    }
    List<PrecinctAudit.Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < 8_000; i++) {
      String precinct = precincts.get(i % precincts.size());
      ballots.add(new PrecinctAudit.Ballot(precinct, "B" + i, i % 7 == 0, i % 29 == 0));
    }
    return () -> PrecinctAudit.needingAdjudication(precincts, ballots);
  }
}
