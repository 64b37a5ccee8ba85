package county.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class RetrievalSlips {

  /** Marks that cannot be read sort after every readable one. */
  private static final int UNREADABLE = Integer.MAX_VALUE;

  /** A reader's request for one archive box, e.g. shelf mark "R12.S4.B103" (room, shelf, box). */
  public record Request(String reader, String shelfMark) {}

  private record Keyed(Request request, int room, int shelf, int box) {}

  /**
   * The slips in the order a porter walks the strong rooms: by room, then shelf, then box number;
   * requests for the same place keep the order they were made in.
   */
  public List<String> walkingOrder(List<Request> requests) {
    List<Request> route;
    if (requests.size() < 2) {
      route = new ArrayList<>(requests);
    } else {
      Keyed[] keyed = new Keyed[requests.size()];
      int i = 0;
      for (Request r : requests) {
        String[] parts = r.shelfMark().split("\\.");
        keyed[i++] = new Keyed(r, number(parts, 0), number(parts, 1), number(parts, 2));
      }
      Arrays.sort(keyed, Comparator.comparingInt(Keyed::room)
          .thenComparingInt(Keyed::shelf)
          .thenComparingInt(Keyed::box));
      route = new ArrayList<>(keyed.length);
      for (Keyed k : keyed) {
        route.add(k.request());
      }
    }
    List<String> slips = new ArrayList<>(route.size());
    for (Request r : route) {
      slips.add(r.shelfMark() + " for " + r.reader());
    }
    return slips;
  }

  /** The number after the letter of the given part ("S4" -> 4), or UNREADABLE. */
  private static int number(String[] parts, int part) {
    if (parts.length != 3) {
      return UNREADABLE;
    }
    String p = parts[part];
    if (p.length() < 2 || p.length() > 7) {
      return UNREADABLE;
    }
    int value = 0;
    for (int i = 1; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c < '0' || c > '9') {
        return UNREADABLE;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
