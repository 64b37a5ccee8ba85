// expect: if (certainlyNotTimeUnit(word)) {
import java.util.*;
import java.util.concurrent.TimeUnit;

public class Fixture {
  /** Kiln firing schedule steps "amount unit"; an unknown unit makes the step count as one second. */
  public static long target(List<String> words) {
    long seconds = 0;
    for (String word : words) {
      try {
        TimeUnit unit = TimeUnit.valueOf(word);
        seconds += unit.toSeconds(1);
      } catch (IllegalArgumentException unknownUnit) {
        seconds += 1;
      }
    }
    return seconds;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(Arrays.asList("MINUTES", "HOURS", "minutes", "FORTNIGHTS", "", "DAYS", "SECONDS")))).append('\n');
    // valueOf(null) throws NullPointerException, which this catch does not catch.
    out.append(safe(() -> target(Arrays.asList("HOURS", null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
