import java.util.*;
import java.text.SimpleDateFormat;

public class Fixture {
  public static String target(long millis, String zone) {
    SimpleDateFormat f = new SimpleDateFormat("HH:mm");
    f.setTimeZone(TimeZone.getTimeZone(zone));
    return f.format(new Date(millis));
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(0L, "UTC"));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
