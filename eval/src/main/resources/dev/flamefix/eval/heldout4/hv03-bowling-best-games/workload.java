package tenpin.league;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class LeagueSheetWorkload {
  public static Supplier<Object> workload() {
    List<LeagueSheet.Game> games = new ArrayList<>();
    for (int week = 1; week <= 300; week++) {
      for (int b = 0; b < 40; b++) {
        int score = 90 + (int) ((b * 7_919L + week * 104_729L) % 211);
        games.add(new LeagueSheet.Game("bowler-" + b, week, 1 + (b + week) % 24, score));
      }
    }
    LeagueSheet sheet = new LeagueSheet();
    return () -> sheet.bestAndWorst(games);
  }
}
