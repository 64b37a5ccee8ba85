import java.util.*;

public class Fixture {
  record Bid(String bidder, long cents) {}

  public static String target(List<Bid> bids) {
    List<Bid> ranked = new ArrayList<>(bids);
    ranked.sort(Comparator.comparingLong(Bid::cents).reversed());
    StringBuilder sb = new StringBuilder(ranked.isEmpty() ? "none" : ranked.get(0).bidder());
    for (Bid b : ranked) sb.append(',').append(b.cents());
    return sb.toString();
  }
}
