package choir.rehearsals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class SoloRota {

  public record Rehearsal(int week, String soloist) {}

  /** Rehearsals firstIndex .. firstIndex + length - 1 of the rota. */
  public record Run(int firstIndex, int length) {}

  private SoloRota() {}

  /**
   * The longest run of consecutive rehearsals in which nobody sings a solo twice (a rehearsal with
   * no named soloist counts as the soloist null). Of equally long runs the earliest wins; an empty
   * rota gives a run of length 0 at index 0.
   */
  public static Run longestFreshRun(List<Rehearsal> rota) {
    Map<String, Integer> lastSang = new HashMap<>();
    int bestFirst = 0;
    int bestLength = 0;
    int windowFirst = 0;
    for (int i = 0; i < rota.size(); i++) {
      Integer earlier = lastSang.put(rota.get(i).soloist(), i);
      if (earlier != null && earlier >= windowFirst) {
        windowFirst = earlier + 1;
      }
      if (i - windowFirst + 1 > bestLength) {
        bestLength = i - windowFirst + 1;
        bestFirst = windowFirst;
      }
    }
    return new Run(bestFirst, bestLength);
  }
}
