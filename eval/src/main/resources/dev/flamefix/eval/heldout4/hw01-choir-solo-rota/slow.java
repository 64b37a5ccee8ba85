package choir.rehearsals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    int bestFirst = 0;
    int bestLength = 0;
    for (int first = 0; first < rota.size(); first++) {
      Set<String> heard = new HashSet<>();
      int next = first;
      while (next < rota.size() && heard.add(rota.get(next).soloist())) {
        next++;
      }
      if (next - first > bestLength) {
        bestLength = next - first;
        bestFirst = first;
      }
    }
    return new Run(bestFirst, bestLength);
  }
}
