package locksmith.blanks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class KeyCutting {

  /** A key blank on the shop's wall: profile code, price of the blank, cutting time. */
  public record Blank(String profile, int priceCents, int cutSeconds) {}

  /** One line of a customer's order. */
  public record OrderLine(String profile, int copies) {}

  /** What the counter prints: cut-now total, seconds at the machine, profiles to order in. */
  public record Quote(long cutNowCents, int machineSeconds, List<String> specialOrder) {}

  private final Map<String, Blank> wall = new HashMap<>();

  public KeyCutting(List<Blank> stocked) {
    for (Blank blank : stocked) {
      wall.put(normalise(blank.profile()), blank);
    }
  }

  /** The blank on the wall for this profile, or null when it has to be ordered in. */
  private Blank blankFor(String profile) {
    return wall.get(normalise(profile));
  }

  private static String normalise(String profile) {
    return profile.strip().toUpperCase();
  }

  /**
   * Quotes an order: lines whose blank is on the wall are cut now (price per copy plus a cutting
   * fee of 150 cents per copy); the others are listed once each, in order, for special order.
   */
  public Quote quote(List<OrderLine> lines) {
    long cents = 0;
    int seconds = 0;
    List<String> special = new ArrayList<>();
    for (OrderLine line : lines) {
      Blank blank = blankFor(line.profile());
      if (blank != null) {
        cents += (long) line.copies() * (blank.priceCents() + 150);
        seconds += line.copies() * blank.cutSeconds();
      } else if (!special.contains(line.profile())) {
        special.add(line.profile());
      }
    }
    return new Quote(cents, seconds, special);
  }
}
