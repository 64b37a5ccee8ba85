package replayset.meter;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

/** Driver: fixed cases decide equivalence; 4000 readings time the versions. */
public final class TotalsWorkload {
  private TotalsWorkload() {}

  public static String check() {
    int[][] cases = {{}, {5}, {1, 2, 3}, {-4, 4, -4}, {Integer.MAX_VALUE, Integer.MAX_VALUE, 1},
        {Integer.MIN_VALUE, -1}};
    StringBuilder out = new StringBuilder();
    for (int[] c : cases) {
      out.append(Arrays.toString(Totals.runningTotals(c)));
    }
    Random random = new Random(7);
    int[] big = new int[500];
    for (int i = 0; i < big.length; i++) {
      big[i] = random.nextInt();
    }
    out.append(Arrays.hashCode(Totals.runningTotals(big)));
    try {
      Totals.runningTotals(null);
      out.append(" null:returned");
    } catch (NullPointerException e) {
      out.append(" null:NPE");
    }
    return out.toString();
  }

  public static Supplier<Object> workload() {
    Random random = new Random(42);
    int[] readings = new int[4000];
    for (int i = 0; i < readings.length; i++) {
      readings[i] = random.nextInt(10_000);
    }
    return () -> Totals.runningTotals(readings);
  }
}
