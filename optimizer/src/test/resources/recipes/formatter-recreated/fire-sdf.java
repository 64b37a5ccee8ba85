// expect: ThreadLocal<SimpleDateFormat>
import java.util.*;
import java.text.SimpleDateFormat;

public class Fixture {
  public static String target(long millis) {
    SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm");
    return f.format(new Date(millis));
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    for (long m : new long[] {0L, 1_700_000_000_000L, -5L}) out.append(safe(() -> target(m))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
