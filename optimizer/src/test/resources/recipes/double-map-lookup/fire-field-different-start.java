// expect: != null
import java.util.*;

public class Fixture {
  // The first booking counts 10 points, later ones 5: not one merge; the single-get form still applies.
  private final Map<String, Integer> pointsByGuest = new TreeMap<>();

  public String target(List<String> guests) {
    for (String guest : guests) {
      if (pointsByGuest.containsKey(guest)) {
        pointsByGuest.put(guest, pointsByGuest.get(guest) + 5);
      } else {
        pointsByGuest.put(guest, 10);
      }
    }
    return pointsByGuest.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture();
    out.append(safe(() -> f.target(List.of("mia", "ali", "mia", "mia")))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
