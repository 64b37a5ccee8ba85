package ads.exchange.auction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class SlotAuctionWorkload {
  public static Supplier<Object> workload() {
    List<SlotAuction.Bid> bids = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      bids.add(new SlotAuction.Bid("dsp-" + i % 40, 200_000 + (i * 7_919L) % 3_000_000 / 1_000 * 1_000));
    }
    return () -> SlotAuction.winners(bids, 300);
  }
}
