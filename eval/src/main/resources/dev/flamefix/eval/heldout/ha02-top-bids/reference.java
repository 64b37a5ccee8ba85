package ads.exchange.auction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

public final class SlotAuction {

  public record Bid(String bidder, long cpmMicros) {}

  private record Ranked(Bid bid, int arrival) {}

  /** Best first: higher price, then earlier arrival. */
  private static final Comparator<Ranked> BEST_FIRST = (x, y) -> {
    int byPrice = Long.compare(y.bid().cpmMicros(), x.bid().cpmMicros());
    return byPrice != 0 ? byPrice : Integer.compare(x.arrival(), y.arrival());
  };

  private static final Comparator<Ranked> WORST_FIRST = BEST_FIRST.reversed();

  private SlotAuction() {}

  /** The {@code slots} highest bids, highest first; equal bids keep their arrival order. */
  public static List<Bid> winners(List<Bid> bids, int slots) {
    if (slots <= 0 || bids.isEmpty()) {
      return new ArrayList<>();
    }
    // The heap's head is the worst of the kept bids, so a better newcomer replaces it.
    PriorityQueue<Ranked> kept = new PriorityQueue<>(Math.min(slots, bids.size()), WORST_FIRST);
    int arrival = 0;
    for (Bid bid : bids) {
      if (kept.size() < slots) {
        kept.add(new Ranked(bid, arrival));
      } else if (bid.cpmMicros() > kept.peek().bid().cpmMicros()) {
        // A newcomer arrived after every kept bid, so only a strictly higher price beats the worst.
        kept.poll();
        kept.add(new Ranked(bid, arrival));
      }
      arrival++;
    }
    List<Ranked> sorted = new ArrayList<>(kept);
    sorted.sort(BEST_FIRST);
    List<Bid> winners = new ArrayList<>(sorted.size());
    for (Ranked r : sorted) {
      winners.add(r.bid());
    }
    return winners;
  }
}
