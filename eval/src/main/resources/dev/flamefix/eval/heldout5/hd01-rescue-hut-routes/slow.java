package mountainrescue.huts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public final class RescueRoutes {

  /** A trail between two huts (numbered from 0), walkable both ways in the given minutes. */
  public record Trail(int from, int to, int minutes) {}

  private RescueRoutes() {}

  /** Fastest walking time from the base hut to every hut, -1 where no trail leads. */
  public static long[] minutesFrom(int huts, List<Trail> trails, int base) {
    List<List<Trail>> byHut = new ArrayList<>();
    for (int h = 0; h < huts; h++) {
      byHut.add(new ArrayList<>());
    }
    for (Trail trail : trails) {
      if (trail.minutes() < 0) {
        throw new IllegalArgumentException("negative walking time on " + trail);
      }
      byHut.get(trail.from()).add(trail);
      byHut.get(trail.to()).add(trail);
    }
    long[] best = new long[huts];
    Arrays.fill(best, Long.MAX_VALUE);
    best[base] = 0;
    boolean[] settled = new boolean[huts];
    for (int round = 0; round < huts; round++) {
      int next = -1;
      for (int h = 0; h < huts; h++) {
        if (!settled[h] && best[h] != Long.MAX_VALUE && (next < 0 || best[h] < best[next])) {
          next = h;
        }
      }
      if (next < 0) {
        break;
      }
      settled[next] = true;
      for (Trail trail : byHut.get(next)) {
        int other = trail.from() == next ? trail.to() : trail.from();
        long via = best[next] + trail.minutes();
        if (via < best[other]) {
          best[other] = via;
        }
      }
    }
    for (int h = 0; h < huts; h++) {
      if (best[h] == Long.MAX_VALUE) {
        best[h] = -1;
      }
    }
    return best;
  }
}
