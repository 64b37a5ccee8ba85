package replayset.meter;

/** Running totals of meter readings for a usage chart. */
public final class Totals {
  private Totals() {}

  /** Element i is the sum of readings 0..i. */
  public static long[] runningTotals(int[] readings) {
    long[] out = new long[readings.length];
    for (int i = 0; i < readings.length; i++) {
      long sum = 0;
      for (int j = 0; j <= i; j++) {
        sum += readings[j];
      }
      out[i] = sum;
    }
    return out;
  }
}
