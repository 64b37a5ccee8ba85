package ballooning.flights;

import java.util.List;

public class AltitudeTrace {

  /** A GPS fix from the envelope logger; hdop is the receiver's horizontal dilution of precision. */
  public record Fix(long epochSecond, double altitudeM, double hdop) {}

  /** The accepted altitudes in feet and the best climb between consecutive accepted fixes. */
  public record Trace(int[] altitudeFeet, long bestClimbFeetPerMinute) {}

  private static final double FEET_PER_METRE = 3.28084;

  /**
   * Keeps the fixes with hdop at most 5 and a real altitude, in logger order, and finds the
   * steepest climb between neighbours (pairs with no time between them are skipped; 0 when the
   * balloon never climbed).
   */
  public Trace trace(List<Fix> fixes) {
    int[] feet = new int[0];
    long[] seconds = new long[0];
    for (Fix fix : fixes) {
      if (fix.hdop() > 5.0 || Double.isNaN(fix.altitudeM())) {
        continue;
      }
      feet = append(feet, (int) Math.round(fix.altitudeM() * FEET_PER_METRE));
      seconds = append(seconds, fix.epochSecond());
    }
    long best = 0;
    for (int i = 1; i < feet.length; i++) {
      long dt = seconds[i] - seconds[i - 1];
      if (dt > 0) {
        best = Math.max(best, (feet[i] - feet[i - 1]) * 60L / dt);
      }
    }
    return new Trace(feet, best);
  }

  private static int[] append(int[] values, int value) {
    int[] grown = new int[values.length + 1];
    for (int i = 0; i < values.length; i++) {
      grown[i] = values[i];
    }
    grown[values.length] = value;
    return grown;
  }

  private static long[] append(long[] values, long value) {
    long[] grown = new long[values.length + 1];
    for (int i = 0; i < values.length; i++) {
      grown[i] = values[i];
    }
    grown[values.length] = value;
    return grown;
  }
}
