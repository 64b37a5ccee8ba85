package tenpin.league;

import java.util.ArrayList;
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
    List<Summary> sheet = new ArrayList<>(byBowler.size());
    for (Map.Entry<String, List<Game>> entry : byBowler.entrySet()) {
      List<Game> own = entry.getValue();
      Game best = own.get(0);
      Game worst = own.get(0);
      for (int i = 1; i < own.size(); i++) {
        Game game = own.get(i);
        if (game.score() > best.score()) {
          best = game;
        }
        if (game.score() <= worst.score()) {
          worst = game;
        }
      }
      sheet.add(new Summary(entry.getKey(), own.size(), best.week(), best.score(), worst.week(), worst.score()));
    }
    return sheet;
  }
}
