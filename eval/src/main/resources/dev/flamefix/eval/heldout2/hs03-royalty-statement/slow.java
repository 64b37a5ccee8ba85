package fm.tunecast.royalties;

import java.util.SortedMap;

public final class RoyaltyStatement {

  /** What the month's statement shows: paid artists, total payout, the best-paid artist. */
  public record Summary(int paidArtists, long totalMicros, String topArtist) {}

  private RoyaltyStatement() {}

  /**
   * Artists below the minimum stream count are not paid this month; the others get
   * {@code streams * microsPerStream}. The top artist is the first (by name) with the largest payout.
   */
  public static Summary summarize(SortedMap<String, Long> streamsByArtist, long microsPerStream, long minimumStreams) {
    int paid = 0;
    long total = 0;
    String top = null;
    long topPayout = -1;
    for (String artist : streamsByArtist.keySet()) {
      long streams = streamsByArtist.get(artist);
      if (streams < minimumStreams) {
        continue;
      }
      long payout = streams * microsPerStream;
      paid++;
      total += payout;
      if (top == null || payout > topPayout) {
        top = artist;
        topPayout = payout;
      }
    }
    return new Summary(paid, total, top);
  }
}
