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
    // A start that runs short before stop i cannot be rescued by starting anywhere up to i, so the
    // candidate moves past every shortfall; with a non-negative total the last candidate works.
    long total = 0;
    long battery = 0;
    int candidate = 0;
    for (int stop = 0; stop < chargeWh.length; stop++) {
      long net = chargeWh[stop] - (long) useWh[stop];
      total += net;
      battery += net;
      if (battery < 0) {
        candidate = stop + 1;
        battery = 0;
      }
    }
    return chargeWh.length == 0 || total < 0 ? -1 : candidate;
  }
}
