package sheepdog.trials;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class TrialSheet {

  /** One outrun-to-shed run: handler, dog and the marks each judge gave (out of 100). */
  public record Run(String handler, String dog, List<Integer> marks) {}

  /** A line of the results sheet. */
  public record Placing(String handler, String dog, int median, boolean disqualified) {}

  private static final Comparator<Placing> SHEET_ORDER = Comparator
      .comparing(Placing::disqualified)
      .thenComparing(Comparator.comparingInt(Placing::median).reversed())
      .thenComparing(Placing::handler);

  /**
   * The sheet: a run's score is the median judge's mark (the upper one for an even panel, 0 with
   * no marks); two or more zero marks disqualify it. Qualified runs first, best median first, then
   * by handler; equal lines keep their running order.
   */
  public List<Placing> placings(List<Run> runs) {
    List<Placing> sheet = new ArrayList<>(runs.size());
    for (Run run : runs) {
      int[] sorted = run.marks().stream().mapToInt(Integer::intValue).sorted().toArray();
      long zeros = Arrays.stream(sorted).filter(mark -> mark == 0).count();
      int median = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
      sheet.add(new Placing(run.handler(), run.dog(), median, zeros >= 2));
    }
    sheet.sort(SHEET_ORDER);
    return sheet;
  }
}
