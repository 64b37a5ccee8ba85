package net.telco.mediation;

import java.util.ArrayList;
import java.util.List;

public class LegCorrelator {

  public record Leg(String callId, String party, long startMillis, long endMillis) {}

  public record Call(String callId, String caller, String callee, long billableMillis) {}

  /**
   * One call per originating leg that has a terminating leg with the same call id (the first such
   * leg); unanswered calls are skipped. Billable time runs from answer to the first hang-up.
   */
  public List<Call> correlate(Leg[] originating, Leg[] terminating) {
    List<Call> calls = new ArrayList<>();
    for (Leg a : originating) {
      Leg b = findTerminating(terminating, a.callId());
      if (b == null) {
        continue;
      }
      long billable = Math.max(0, Math.min(a.endMillis(), b.endMillis()) - b.startMillis());
      calls.add(new Call(a.callId(), a.party(), b.party(), billable));
    }
    return calls;
  }

  private static Leg findTerminating(Leg[] legs, String callId) {
    for (Leg leg : legs) {
      if (leg.callId().equals(callId)) {
        return leg;
      }
    }
    return null;
  }
}
