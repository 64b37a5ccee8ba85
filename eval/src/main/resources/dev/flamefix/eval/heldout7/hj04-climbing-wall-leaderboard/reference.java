package bouldering.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Leaderboard {

  /** A round's scorecard: tops and zones reached, and attempts used to reach them. */
  public record Scorecard(String climber, int tops, int zones, int attempts) {}

  /** More tops first, then more zones, then fewer attempts. */
  private static final Comparator<Scorecard> STANDING =
      Comparator.comparingInt(Scorecard::tops).reversed()
          .thenComparing(Comparator.comparingInt(Scorecard::zones).reversed())
          .thenComparingInt(Scorecard::attempts);

  /**
   * Replays the cards in the order the judges submitted them and returns, for each card, the rank
   * (1 = top) shown on the big screen right after it came in.
   */
  public List<Integer> ranksAsSubmitted(List<Scorecard> submitted) {
    List<Scorecard> standings = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>(submitted.size());
    for (Scorecard card : submitted) {
      if (card == null) {
        if (!standings.isEmpty()) {
          throw new NullPointerException("scorecard"); // the sort would compare it
        }
        standings.add(null);
        ranks.add(1);
        continue;
      }
      int lo = 0;
      int hi = standings.size();
      while (lo < hi) { // first position ranked strictly below the card
        int mid = (lo + hi) >>> 1;
        if (STANDING.compare(standings.get(mid), card) <= 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int insertAt = lo;
      standings.add(insertAt, card);
      int first = insertAt;
      while (first > 0 && STANDING.compare(standings.get(first - 1), card) == 0) {
        first--;
      }
      int rank = insertAt;
      for (int i = first; i <= insertAt; i++) {
        if (card.equals(standings.get(i))) {
          rank = i;
          break;
        }
      }
      ranks.add(rank + 1);
    }
    return ranks;
  }
}
