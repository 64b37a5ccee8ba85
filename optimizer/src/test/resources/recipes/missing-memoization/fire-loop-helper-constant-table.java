// expect: Map<Integer, Long> scoreMemo = new HashMap<>();
import java.util.*;

public class Fixture {
  private static final int[] LEVEL_BONUS = {0, 5, 12, 30, 75};

  /** Score of each player's level, summed; many players share a level. */
  long target(int[] levels) {
    long total = 0;
    int i = 0;
    while (i < levels.length) {
      total += score(levels[i]) % 1000;
      i++;
    }
    return total;
  }

  private long score(int level) {
    if (level < 0) throw new IllegalStateException("negative level");
    long s = 0;
    for (int step = 0; step <= level; step++) {
      s += LEVEL_BONUS[step % LEVEL_BONUS.length] * (long) step;
    }
    return s;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture();
    out.append(safe(() -> f.target(new int[] {3, 3, 7, 0, 7, 40}))).append('\n');
    out.append(safe(() -> f.target(new int[] {2, -1, 2}))).append('\n');
    out.append(safe(() -> f.target(null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
