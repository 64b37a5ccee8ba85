package net.telco.rating;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class UsageRater {

  public record CallDetail(String msisdn, String destination, int seconds, boolean roaming) {}

  /** Sorted by subscriber: the invoice run walks it in that order. */
  private final Map<String, Long> billedSeconds = new TreeMap<>();
  private final int roamingMultiplier;

  public UsageRater(int roamingMultiplier) {
    this.roamingMultiplier = roamingMultiplier;
  }

  /** Adds the calls to the cycle's running totals and returns a read-only view of them. */
  public Map<String, Long> rate(List<CallDetail> calls) {
    for (CallDetail cdr : calls) {
      long units = billable(cdr);
      if (billedSeconds.containsKey(cdr.msisdn())) {
        Long soFar = billedSeconds.get(cdr.msisdn());
        billedSeconds.put(cdr.msisdn(), soFar + units);
      } else {
        billedSeconds.put(cdr.msisdn(), units);
      }
    }
    return Collections.unmodifiableMap(billedSeconds);
  }

  /** Started minutes, in seconds; roaming minutes count several times. */
  private long billable(CallDetail cdr) {
    long minutes = (cdr.seconds() + 59L) / 60;
    return cdr.roaming() ? minutes * 60 * roamingMultiplier : minutes * 60;
  }
}
