package insure.claims.triage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class ClaimTriage {

  public record Claim(String claimId, String policyNumber, long amountCents, String adjuster) {}

  private final Set<String> watchedPolicies;
  private final long reviewThresholdCents;

  public ClaimTriage(List<String> watchedPolicies, long reviewThresholdCents) {
    this.watchedPolicies = new HashSet<>(watchedPolicies);
    this.reviewThresholdCents = reviewThresholdCents;
  }

  /** Ids of the claims an adjuster must look at: large ones or ones on a watched policy, in input order. */
  public List<String> needsReview(List<Claim> claims) {
    List<String> flagged = new ArrayList<>();
    for (Claim claim : claims) {
      if (claim.amountCents() >= reviewThresholdCents || watchedPolicies.contains(claim.policyNumber())) {
        flagged.add(claim.claimId());
      }
    }
    return flagged;
  }
}
