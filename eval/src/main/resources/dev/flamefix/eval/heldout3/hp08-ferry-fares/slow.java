package maritime.ferry;

import java.util.Arrays;
import java.util.List;

public final class FareTable {

  /** A scheduled crossing from one port to another, one way. */
  public record Leg(int from, int to, long fareCents) {}

  public record Ticket(String passenger, int from, int to) {}

  /** Total of the routable tickets and the passengers of those that cannot be routed. */
  public record Quote(long totalCents, List<String> unroutable) {}

  private static final long UNREACHABLE = Long.MAX_VALUE;

  private final int ports;
  private final List<Leg> legs;

  public FareTable(int ports, List<Leg> legs) {
    this.ports = ports;
    this.legs = List.copyOf(legs);
  }

  /** Each ticket costs the cheapest chain of crossings from its port to its destination. */
  public Quote quote(List<Ticket> tickets) {
    long total = 0;
    List<String> unroutable = new java.util.ArrayList<>();
    for (Ticket ticket : tickets) {
      long fare = cheapest(ticket.from(), ticket.to());
      if (fare == UNREACHABLE) {
        unroutable.add(ticket.passenger());
      } else {
        total += fare;
      }
    }
    return new Quote(total, unroutable);
  }

  /** Bellman-Ford over the legs (fares are never negative); UNREACHABLE when no chain exists. */
  private long cheapest(int from, int to) {
    if (from < 0 || from >= ports || to < 0 || to >= ports) {
      return UNREACHABLE;
    }
    long[] best = new long[ports];
    Arrays.fill(best, UNREACHABLE);
    best[from] = 0;
    for (int round = 1; round < ports; round++) {
      boolean changed = false;
      for (Leg leg : legs) {
        if (best[leg.from()] != UNREACHABLE && best[leg.from()] + leg.fareCents() < best[leg.to()]) {
          best[leg.to()] = best[leg.from()] + leg.fareCents();
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    return best[to];
  }
}
