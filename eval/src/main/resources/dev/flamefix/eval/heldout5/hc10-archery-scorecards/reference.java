package archery.tournament;

import java.util.ArrayList;
import java.util.List;

/** A signed target archery scorecard: ends of arrow marks X, 10..1 or M. */
public class ScoreCard {

  public record Totals(String archer, int score, int tens, int xs, int misses, int bestEnd) {}

  private final String archer;
  private final List<List<String>> ends = new ArrayList<>();

  public ScoreCard(String archer, List<List<String>> ends) {
    this.archer = archer;
    for (List<String> end : ends) {
      this.ends.add(new ArrayList<>(end));
    }
  }

  /** The ends as unmodifiable copies, so nobody alters a signed card. */
  public List<List<String>> getEnds() {
    List<List<String>> copy = new ArrayList<>();
    for (List<String> end : ends) {
      copy.add(List.copyOf(end));
    }
    return copy;
  }

  /**
   * Score, tens (X counts as a ten), Xs, misses, and the 1-based number of the first end with
   * the highest end score (0 for a card without ends).
   */
  public Totals totals() {
    int score = 0;
    int tens = 0;
    int xs = 0;
    int misses = 0;
    int bestEnd = 0;
    int bestEndScore = -1;
    List<List<String>> card = getEnds();
    for (int e = 0; e < card.size(); e++) {
      List<String> end = card.get(e);
      int endScore = 0;
      for (String mark : end) {
        int value = switch (mark) {
          case "X" -> {
            xs++;
            yield 10;
          }
          case "M" -> {
            misses++;
            yield 0;
          }
          default -> {
            int v = Integer.parseInt(mark);
            if (v < 1 || v > 10) {
              throw new IllegalArgumentException("not an arrow value: " + mark);
            }
            yield v;
          }
        };
        if (value == 10) {
          tens++;
        }
        endScore += value;
      }
      score += endScore;
      if (endScore > bestEndScore) {
        bestEndScore = endScore;
        bestEnd = e + 1;
      }
    }
    return new Totals(archer, score, tens, xs, misses, bestEnd);
  }
}
