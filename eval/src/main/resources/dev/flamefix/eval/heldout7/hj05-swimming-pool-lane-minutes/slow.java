package leisure.pool;

import java.util.ArrayList;
import java.util.List;

public class LaneOccupancy {

  /** A swim from the turnstile log, in minutes after opening (exit exclusive). */
  public record Swim(int lane, int inMinute, int outMinute) {}

  /** A staff question: swimmer-minutes from minute {@code from} (inclusive) to {@code to} (exclusive). */
  public record Query(int from, int to) {}

  private final int[] swimmersPerMinute;

  public LaneOccupancy(int openMinutes, List<Swim> swims) {
    swimmersPerMinute = new int[openMinutes];
    int[] change = new int[openMinutes + 1];
    for (Swim swim : swims) {
      int in = Math.max(0, swim.inMinute());
      int out = Math.min(openMinutes, swim.outMinute());
      if (in < out) {
        change[in]++;
        change[out]--;
      }
    }
    int inPool = 0;
    for (int minute = 0; minute < openMinutes; minute++) {
      inPool += change[minute];
      swimmersPerMinute[minute] = inPool;
    }
  }

  public List<Long> swimmerMinutes(List<Query> queries) {
    List<Long> answers = new ArrayList<>(queries.size());
    for (Query query : queries) {
      answers.add(between(query.from(), query.to()));
    }
    return answers;
  }

  private long between(int from, int to) {
    int start = Math.max(0, from);
    int end = Math.min(swimmersPerMinute.length, to);
    long total = 0;
    for (int minute = start; minute < end; minute++) {
      total += swimmersPerMinute[minute];
    }
    return total;
  }
}
