package insure.claims.triage;

import java.util.ArrayList;
import java.util.List;

public class ClaimTriage {

  public record Claim(String claimId, String policyNumber, long amountCents, String adjuster) {}

  private final List<String> watchedPolicies;
  private final long reviewThresholdCents;

  public ClaimTriage(List<String> watchedPolicies, long reviewThresholdCents) {
    this.watchedPolicies = new ArrayList<>(watchedPolicies);
    this.reviewThresholdCents = reviewThresholdCents;
  }

  /** Ids of the claims an adjuster must look at: large ones or ones on a watched policy, in input order. */
  public List<String> needsReview(List<Claim> claims) {
    List<String> flagged = new ArrayList<>();
    for (Claim claim : claims) {
      if (claim.amountCents() >= reviewThresholdCents || isWatched(claim.policyNumber())) {
        flagged.add(claim.claimId());
      }
    }
    return flagged;
  }

  private boolean isWatched(String policyNumber) {
    for (String watched : watchedPolicies) {
      if (watched.equals(policyNumber)) {
        return true;
      }
    }
    return false;
  }
}
