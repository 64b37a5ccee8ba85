package hospitality.booking.rates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public final class RateShopper {

  public record Offer(String channel, String roomType, long priceCents, boolean refundable) {}

  private static final Comparator<Offer> BY_PRICE = Comparator.comparingLong(Offer::priceCents);

  private RateShopper() {}

  /**
   * The cheapest offer of each night of the stay (index = night). When several channels ask the
   * same price the first one listed wins; a night nobody offers gets null.
   */
  public static List<Offer> cheapestPerNight(List<List<Offer>> offersPerNight) {
    List<Offer> cheapest = new ArrayList<>(offersPerNight.size());
    for (List<Offer> offers : offersPerNight) {
      List<Offer> sorted = new ArrayList<>(offers);
      sorted.sort(BY_PRICE);
      cheapest.add(sorted.isEmpty() ? null : sorted.get(0));
    }
    return cheapest;
  }
}
