package ads.exchange.billing;

import java.util.List;

public final class CampaignLedger {

  public record Impression(long campaignId, long clearingPriceMicros, boolean viewable, int slot) {}

  public record Summary(long campaignId, long spendMicros, long viewableImpressions) {}

  private CampaignLedger() {}

  /** What one campaign owes: only viewable impressions are billed. */
  public static Summary summarize(long campaignId, List<Impression> impressions) {
    long spend = 0;
    long viewable = 0;
    for (Impression i : impressions) {
      if (i.campaignId() == campaignId && i.viewable()) {
        spend += i.clearingPriceMicros();
        viewable++;
      }
    }
    return new Summary(campaignId, spend, viewable);
  }
}
