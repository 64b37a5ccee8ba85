package insure.claims.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ClaimTriageWorkload {
  public static Supplier<Object> workload() {
    List<String> watched = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      watched.add("POL-" + (100_000 + i * 37));
    }
    List<ClaimTriage.Claim> claims = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      claims.add(new ClaimTriage.Claim("CLM-" + i, "POL-" + (100_000 + (i * 7_919) % 60_000),
          1_000L + (i * 131L) % 900_000, "adj-" + i % 12));
    }
    ClaimTriage triage = new ClaimTriage(watched, 850_000);
    return () -> triage.needsReview(claims);
  }
}
