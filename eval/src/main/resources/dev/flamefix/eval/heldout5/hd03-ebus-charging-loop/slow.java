package touring.ebus;

public final class ChargingLoop {

  private ChargingLoop() {}

  /**
   * The lowest-numbered stop from which a bus starting with an empty battery can drive the whole
   * loop back to that stop, charging {@code chargeWh[i]} at stop i and then using {@code useWh[i]}
   * to reach stop i + 1 (the last stop leads back to stop 0); the battery may touch zero but never
   * go below it. -1 when no stop works or the loop has no stops.
   */
  public static int firstWorkableStart(int[] chargeWh, int[] useWh) {
    if (chargeWh.length != useWh.length) {
      throw new IllegalArgumentException("every stop needs a charge and a use");
    }
    for (int start = 0; start < chargeWh.length; start++) {
      if (completesFrom(start, chargeWh, useWh)) {
        return start;
      }
    }
    return -1;
  }

  private static boolean completesFrom(int start, int[] chargeWh, int[] useWh) {
    int n = chargeWh.length;
    long battery = 0;
    for (int step = 0; step < n; step++) {
      int stop = (start + step) % n;
      battery += chargeWh[stop] - (long) useWh[stop];
      if (battery < 0) {
        return false;
      }
    }
    return true;
  }
}
