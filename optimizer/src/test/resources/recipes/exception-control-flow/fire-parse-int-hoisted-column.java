// expect: String text = cols[2].strip();
import java.util.*;

public class Fixture {
  /** Bus depot fuel log "bus,date,litres": litres summed, unreadable entries counted. */
  public static long target(List<String> lines) {
    long litres = 0;
    int unreadable = 0;
    for (String line : lines) {
      String[] cols = line.split(",");
      try {
        litres += Integer.parseInt(cols[2].strip());
      } catch (NumberFormatException e) {
        unreadable++;
      }
    }
    return litres * 1000 + unreadable;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("b1,mon,40", "b2,mon, 55 ", "b3,tue,x", "b4,tue, ", "b5,wed,-3", "b6,wed,99999999999",
        "b7,thu,+7", "b8,thu,4.5")))).append('\n');
    out.append(safe(() -> target(List.of("b1,mon,40", "b2,mon")))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
