package ads.exchange.billing;

import java.util.List;
import java.util.stream.Collectors;

public final class CampaignLedger {

  public record Impression(long campaignId, long clearingPriceMicros, boolean viewable, int slot) {}

  public record Summary(long campaignId, long spendMicros, long viewableImpressions) {}

  private CampaignLedger() {}

  /** What one campaign owes: only viewable impressions are billed. */
  public static Summary summarize(long campaignId, List<Impression> impressions) {
    Long spend = impressions.stream()
        .filter(i -> i.campaignId() == campaignId && i.viewable())
        .map(Impression::clearingPriceMicros)
        .reduce(0L, Long::sum);
    Long viewable = impressions.stream()
        .filter(i -> i.campaignId() == campaignId && i.viewable())
        .collect(Collectors.counting());
    return new Summary(campaignId, spend, viewable);
  }
}
