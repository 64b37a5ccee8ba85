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
    if (width > scansPerMinute.length) {
      return -1;
    }
    long scans = 0;
    for (int minute = 0; minute < width; minute++) {
      scans += scansPerMinute[minute];
    }
    int bestStart = 0;
    long bestScans = scans;
    for (int start = 1; start <= scansPerMinute.length - width; start++) {
      scans += scansPerMinute[start + width - 1] - (long) scansPerMinute[start - 1];
      if (scans > bestScans) {
        bestScans = scans;
        bestStart = start;
      }
    }
    return bestStart;
  }
}
