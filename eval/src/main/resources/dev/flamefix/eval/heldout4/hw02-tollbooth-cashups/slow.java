package tolling.plaza;

import java.util.List;

public class CashUp {

  /** One receipt printed by a booth; refunds are negative. */
  public record Receipt(String booth, String plate, int pence) {}

  /**
   * The banked amount of a shift is known, but not which receipts it covered. Counts the runs of
   * consecutive receipts (at least one receipt each) whose amounts add up exactly to it.
   */
  public long matchingRuns(List<Receipt> receipts, long bankedPence) {
    long runs = 0;
    for (int first = 0; first < receipts.size(); first++) {
      long total = 0;
      for (int last = first; last < receipts.size(); last++) {
        total += receipts.get(last).pence();
        if (total == bankedPence) {
          runs++;
        }
      }
    }
    return runs;
  }
}
