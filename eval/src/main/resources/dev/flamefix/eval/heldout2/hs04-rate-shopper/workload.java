package hospitality.booking.rates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class RateShopperWorkload {
  public static Supplier<Object> workload() {
    String[] channels = {"direct", "ota-a", "ota-b", "gds", "wholesale", "meta"};
    List<List<RateShopper.Offer>> nights = new ArrayList<>();
    for (int night = 0; night < 60; night++) {
      List<RateShopper.Offer> offers = new ArrayList<>();
      for (int i = 0; i < 250; i++) {
        long price = 8_000 + ((night * 31L + i * 7_919L) % 9_000) / 10 * 10;
        offers.add(new RateShopper.Offer(channels[i % channels.length], "R" + i % 9, price, i % 4 != 0));
      }
      nights.add(offers);
    }
    return () -> RateShopper.cheapestPerNight(nights);
  }
}
