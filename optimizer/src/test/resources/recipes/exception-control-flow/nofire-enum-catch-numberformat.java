// refuses: not java.lang.IllegalArgumentException
import java.util.*;

public class Fixture {
  enum Gear { LOW, HIGH }

  /** valueOf throws IllegalArgumentException, which a NumberFormatException catch lets through. */
  public static int target(List<String> gears) {
    int low = 0;
    for (String g : gears) {
      try {
        Gear gear = Gear.valueOf(g);
        if (gear == Gear.LOW) low++;
      } catch (NumberFormatException e) {
        low = -1;
      }
    }
    return low;
  }

  public static String check() {
    return safe(() -> target(List.of("LOW", "reverse")));
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
