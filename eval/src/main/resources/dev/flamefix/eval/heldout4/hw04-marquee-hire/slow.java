package events.marquee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public final class HirePlanner {

  /** A hire from startDay up to (not including) endDay, at a fixed price in pounds. */
  public record Request(String client, int startDay, int endDay, long price) {}

  private HirePlanner() {}

  /**
   * The most the firm's one marquee can earn from these requests: the chosen hires may not overlap,
   * though one may start on the day another ends. Requests that end on or before their start day
   * are ignored; turning every request down earns 0.
   */
  public static long bestRevenue(List<Request> requests) {
    List<Request> valid = new ArrayList<>();
    for (Request r : requests) {
      if (r.endDay() > r.startDay()) {
        valid.add(r);
      }
    }
    valid.sort(Comparator.comparingInt(Request::endDay));
    long[] bestEndingWith = new long[valid.size()];
    long best = 0;
    for (int i = 0; i < valid.size(); i++) {
      Request hire = valid.get(i);
      long before = 0;
      for (int j = 0; j < i; j++) {
        if (valid.get(j).endDay() <= hire.startDay()) {
          before = Math.max(before, bestEndingWith[j]);
        }
      }
      bestEndingWith[i] = before + hire.price();
      best = Math.max(best, bestEndingWith[i]);
    }
    return best;
  }
}
