package gliding.launches;

import java.util.Arrays;

public class LaunchLog {

  /** The smallest gap between two launches in seconds (-1 with fewer than two) and the pairs that close. */
  public record Separation(long gapSeconds, long pairs) {}

  /** Launch times in seconds since midnight, in the order the log was typed up (not sorted). */
  public Separation closestLaunches(int[] launchSeconds) {
    if (launchSeconds.length < 2) {
      return new Separation(-1, 0);
    }
    int[] sorted = launchSeconds.clone();
    Arrays.sort(sorted);
    long best = Long.MAX_VALUE;
    for (int i = 1; i < sorted.length; i++) {
      best = Math.min(best, (long) sorted[i] - sorted[i - 1]);
    }
    long pairs = 0;
    if (best > 0) {
      for (int i = 1; i < sorted.length; i++) {
        if ((long) sorted[i] - sorted[i - 1] == best) {
          pairs++;
        }
      }
    } else {
      int run = 1;
      for (int i = 1; i <= sorted.length; i++) {
        if (i < sorted.length && sorted[i] == sorted[i - 1]) {
          run++;
        } else {
          pairs += (long) run * (run - 1) / 2;
          run = 1;
        }
      }
    }
    return new Separation(best, pairs);
  }
}
