package county.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class RetrievalSlips {

  /** Marks that cannot be read sort after every readable one. */
  private static final int UNREADABLE = Integer.MAX_VALUE;

  /** A reader's request for one archive box, e.g. shelf mark "R12.S4.B103" (room, shelf, box). */
  public record Request(String reader, String shelfMark) {}

  /**
   * The slips in the order a porter walks the strong rooms: by room, then shelf, then box number;
   * requests for the same place keep the order they were made in.
   */
  public List<String> walkingOrder(List<Request> requests) {
    List<Request> route = new ArrayList<>(requests);
    route.sort(Comparator.comparingInt((Request r) -> number(r.shelfMark(), 0))
        .thenComparingInt(r -> number(r.shelfMark(), 1))
        .thenComparingInt(r -> number(r.shelfMark(), 2)));
    List<String> slips = new ArrayList<>(route.size());
    for (Request r : route) {
      slips.add(r.shelfMark() + " for " + r.reader());
    }
    return slips;
  }

  /** The number after the letter of the given part ("S4" -> 4), or UNREADABLE. */
  private static int number(String shelfMark, int part) {
    String[] parts = shelfMark.split("\\.");
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
