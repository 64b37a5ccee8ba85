// refuses: is not a plain variable
import java.util.*;

public class Fixture {
  enum Tack { PORT, STARBOARD }

  /** Moving parts[1].trim() before the try would let its index error escape the RuntimeException catch. */
  public static int target(List<String> legs) {
    int bad = 0;
    for (String leg : legs) {
      String[] parts = leg.split("/");
      try {
        Tack t = Tack.valueOf(parts[1].trim());
      } catch (RuntimeException e) {
        bad++;
      }
    }
    return bad;
  }

  public static String check() {
    return safe(() -> target(List.of("a/PORT", "b", "c/jibe")));
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
