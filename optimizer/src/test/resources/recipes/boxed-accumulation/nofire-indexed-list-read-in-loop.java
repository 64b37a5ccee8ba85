// The loop reads the list besides the update (a running maximum over partial sums): the array would have to serve it too.
import java.util.*;

public class Fixture {
  public static long target(int[] lane, long[] laps) {
    List<Long> distance = new ArrayList<>();
    for (int l = 0; l < 4; l++) distance.add(0L);
    long best = 0;
    for (int i = 0; i < lane.length; i++) {
      int k = lane[i] % 4;
      distance.set(k, distance.get(k) + laps[i]);
      best = Math.max(best, distance.get(0));
    }
    return best;
  }

  public static String check() {
    return String.valueOf(target(new int[] {0, 1, 0}, new long[] {5, 6, 7}));
  }
}
