package bouldering.live;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class LeaderboardWorkload {
  public static Supplier<Object> workload() {
    List<Leaderboard.Scorecard> cards = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int tops = (i * 7) % 5;
      int zones = tops + (i * 3) % (6 - tops);
      int attempts = zones + 1 + (i * 11) % 17;
      cards.add(new Leaderboard.Scorecard("climber-" + (i % 160), tops, zones, attempts));
    }
    Leaderboard board = new Leaderboard();
    return () -> board.ranksAsSubmitted(cards);
  }
}
