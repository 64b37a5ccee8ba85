package hospitality.booking.rates;

import java.util.ArrayList;
import java.util.List;

public final class RateShopper {

  public record Offer(String channel, String roomType, long priceCents, boolean refundable) {}

  private RateShopper() {}

  /**
   * The cheapest offer of each night of the stay (index = night). When several channels ask the
   * same price the first one listed wins; a night nobody offers gets null.
   */
  public static List<Offer> cheapestPerNight(List<List<Offer>> offersPerNight) {
    List<Offer> cheapest = new ArrayList<>(offersPerNight.size());
    for (List<Offer> offers : offersPerNight) {
      Offer best = null;
      for (Offer offer : offers) {
        // Strictly lower only: a stable sort keeps the first of equal prices in front.
        if (best == null || offer.priceCents() < best.priceCents()) {
          best = offer;
        }
      }
      cheapest.add(best);
    }
    return cheapest;
  }
}
