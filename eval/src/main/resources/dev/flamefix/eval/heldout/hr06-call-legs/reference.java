package net.telco.mediation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class LegCorrelator {

  public record Leg(String callId, String party, long startMillis, long endMillis) {}

  public record Call(String callId, String caller, String callee, long billableMillis) {}

  /**
   * One call per originating leg that has a terminating leg with the same call id (the first such
   * leg); unanswered calls are skipped. Billable time runs from answer to the first hang-up.
   */
  public List<Call> correlate(Leg[] originating, Leg[] terminating) {
    List<Call> calls = new ArrayList<>();
    if (originating.length == 0) {
      return calls;
    }
    Map<String, Leg> byCallId = new HashMap<>(terminating.length * 2);
    for (Leg leg : terminating) {
      byCallId.putIfAbsent(leg.callId(), leg);
    }
    for (Leg a : originating) {
      Leg b = byCallId.get(a.callId());
      if (b == null) {
        continue;
      }
      long billable = Math.max(0, Math.min(a.endMillis(), b.endMillis()) - b.startMillis());
      calls.add(new Call(a.callId(), a.party(), b.party(), billable));
    }
    return calls;
  }
}
