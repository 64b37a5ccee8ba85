// expect: formatInteger(
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class Fixture {
  /** Meter-reading deltas: every sign/grouping flag combination against narrow and wide values. */
  public static List<String> target(long[] deltas, int[] kwh, Integer[] boxed, short[] small) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < deltas.length; i++) {
      long d = deltas[i];
      lines.add(String.format(Locale.ROOT, "%+d|% d|%,d|%+,d|% ,d|%+08d|% 08d|%,012d|%+,015d|%-+9d|%- ,12d|%+1d|%,1d%n",
          d, d, d, d, d, d, d, d, d, d, d, d, d));
      lines.add(String.format(Locale.US, "%,d|%+,d|%0,9d|%-,10d|%+d|% 5d%n", kwh[i], kwh[i], kwh[i], kwh[i], small[i], small[i]));
      lines.add(String.format("%+d|% d|%+06d|%-+6d|% 06d%n", boxed[i], boxed[i], boxed[i], boxed[i], boxed[i]));
      lines.add(String.format(Locale.ROOT, "%,d|%+,7d|%0,7d%n", boxed[i], boxed[i], boxed[i]));
    }
    return lines;
  }

  public static String check() {
    long[] deltas = {0, 1, -1, 7, -7, 999, -999, 1000, -1000, 12345, -12345, 999999, 1000000, -1000000, 123456789,
        Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 100, -100000};
    int[] kwh = {0, 1, -1, 7, -7, 999, -999, 1000, -1000, 12345, -12345, 999999, 1000000, -1000000, 123456789,
        Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1, 10, -10, 100, -100000};
    Integer[] boxed = {null, 0, -1, 5, -5, 1234, -1234, 1234567, -1234567, Integer.MAX_VALUE, Integer.MIN_VALUE, null,
        42, -42, 100000, -100000, 999, 1000, 7, -7, null, 3};
    short[] small = {0, 1, -1, Short.MAX_VALUE, Short.MIN_VALUE, 12, -12, 999, -999, 1000, -1000, 5, -5, 0, 1, -1, 2, -2,
        3, -3, 4, -4};
    return String.join("", target(deltas, kwh, boxed, small));
  }
}
