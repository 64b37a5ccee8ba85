package ads.exchange.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class CampaignLedgerWorkload {
  public static Supplier<Object> workload() {
    List<CampaignLedger.Impression> impressions = new ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      impressions.add(new CampaignLedger.Impression(7 + i % 3, 150_000 + (i * 7_919L) % 2_000_000,
          i % 5 != 0, i % 8));
    }
    return () -> CampaignLedger.summarize(8, impressions);
  }
}
