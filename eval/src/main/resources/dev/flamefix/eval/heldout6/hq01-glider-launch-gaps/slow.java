package gliding.launches;

public class LaunchLog {

  /** The smallest gap between two launches in seconds (-1 with fewer than two) and the pairs that close. */
  public record Separation(long gapSeconds, long pairs) {}

  /** Launch times in seconds since midnight, in the order the log was typed up (not sorted). */
  public Separation closestLaunches(int[] launchSeconds) {
    long best = Long.MAX_VALUE;
    long pairs = 0;
    for (int i = 0; i < launchSeconds.length; i++) {
      for (int j = i + 1; j < launchSeconds.length; j++) {
        long gap = Math.abs((long) launchSeconds[i] - launchSeconds[j]);
        if (gap < best) {
          best = gap;
          pairs = 1;
        } else if (gap == best) {
          pairs++;
        }
      }
    }
    return pairs == 0 ? new Separation(-1, 0) : new Separation(best, pairs);
  }
}
