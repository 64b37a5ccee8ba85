package resort.lifts.gates;

public final class GateTraffic {

  private GateTraffic() {}

  /**
   * The first minute of the busiest run of {@code width} consecutive minutes (the earliest one on
   * a tie), or -1 when the day has fewer minutes than {@code width}.
   *
   * @throws IllegalArgumentException when {@code width} is not positive
   */
  public static int busiestWindow(int[] scansPerMinute, int width) {
    if (width <= 0) {
      throw new IllegalArgumentException("window width must be positive, was " + width);
    }
    int bestStart = -1;
    long bestScans = Long.MIN_VALUE;
    for (int start = 0; start <= scansPerMinute.length - width; start++) {
      long scans = scansBetween(scansPerMinute, start, start + width);
      if (scans > bestScans) {
        bestScans = scans;
        bestStart = start;
      }
    }
    return bestStart;
  }

  private static long scansBetween(int[] scansPerMinute, int from, int to) {
    long total = 0;
    for (int minute = from; minute < to; minute++) {
      total += scansPerMinute[minute];
    }
    return total;
  }
}
