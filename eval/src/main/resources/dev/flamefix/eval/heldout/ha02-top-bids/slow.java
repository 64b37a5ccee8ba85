package ads.exchange.auction;

import java.util.ArrayList;
import java.util.List;

public final class SlotAuction {

  public record Bid(String bidder, long cpmMicros) {}

  private SlotAuction() {}

  /** The {@code slots} highest bids, highest first; equal bids keep their arrival order. */
  public static List<Bid> winners(List<Bid> bids, int slots) {
    List<Bid> remaining = new ArrayList<>(bids);
    List<Bid> winners = new ArrayList<>();
    while (winners.size() < slots && !remaining.isEmpty()) {
      int best = 0;
      for (int i = 1; i < remaining.size(); i++) {
        if (remaining.get(i).cpmMicros() > remaining.get(best).cpmMicros()) {
          best = i;
        }
      }
      winners.add(remaining.remove(best));
    }
    return winners;
  }
}
