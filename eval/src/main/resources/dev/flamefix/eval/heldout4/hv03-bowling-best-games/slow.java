package tenpin.league;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class LeagueSheet {

  public record Game(String bowler, int week, int lane, int score) {}

  public record Summary(String bowler, int games, int bestWeek, int bestScore, int worstWeek, int worstScore) {}

  /**
   * Per bowler, in order of first appearance: the number of games, the best game and the worst
   * game. Of equal best scores the earliest listed game counts; of equal worst scores the latest.
   */
  public List<Summary> bestAndWorst(List<Game> games) {
    Map<String, List<Game>> byBowler = new LinkedHashMap<>();
    for (Game game : games) {
      byBowler.computeIfAbsent(game.bowler(), b -> new ArrayList<>()).add(game);
    }
    List<Summary> sheet = new ArrayList<>();
    for (Map.Entry<String, List<Game>> entry : byBowler.entrySet()) {
      List<Game> ranked = new ArrayList<>(entry.getValue());
      ranked.sort(Comparator.comparingInt(Game::score).reversed());
      Game best = ranked.get(0);
      Game worst = ranked.get(ranked.size() - 1);
      sheet.add(new Summary(entry.getKey(), ranked.size(), best.week(), best.score(), worst.week(), worst.score()));
    }
    return sheet;
  }
}
