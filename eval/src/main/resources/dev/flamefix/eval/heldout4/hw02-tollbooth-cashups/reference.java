package tolling.plaza;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class CashUp {

  /** One receipt printed by a booth; refunds are negative. */
  public record Receipt(String booth, String plate, int pence) {}

  /**
   * The banked amount of a shift is known, but not which receipts it covered. Counts the runs of
   * consecutive receipts (at least one receipt each) whose amounts add up exactly to it.
   */
  public long matchingRuns(List<Receipt> receipts, long bankedPence) {
    Map<Long, Integer> prefixCounts = new HashMap<>();
    prefixCounts.put(0L, 1);
    long total = 0;
    long runs = 0;
    for (Receipt receipt : receipts) {
      total += receipt.pence();
      Integer earlier = prefixCounts.get(total - bankedPence);
      if (earlier != null) {
        runs += earlier;
      }
      prefixCounts.merge(total, 1, Integer::sum);
    }
    return runs;
  }
}
