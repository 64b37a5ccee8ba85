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
    List<Integer> ranks = new ArrayList<>();
    for (Scorecard card : submitted) {
      standings.add(card);
      standings.sort(STANDING);
      ranks.add(standings.indexOf(card) + 1);
    }
    return ranks;
  }
}
