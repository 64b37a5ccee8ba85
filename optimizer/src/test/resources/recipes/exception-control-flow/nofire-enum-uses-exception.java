// refuses: uses the exception 'e'
import java.util.*;

public class Fixture {
  enum Hive { STRONG, WEAK, QUEENLESS }

  public static String target(List<String> states) {
    StringBuilder log = new StringBuilder();
    for (String s : states) {
      try {
        Hive h = Hive.valueOf(s);
        log.append(h.ordinal());
      } catch (IllegalArgumentException e) {
        log.append(e.getMessage());
      }
    }
    return log.toString();
  }

  public static String check() {
    return safe(() -> target(List.of("WEAK", "swarming")));
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
