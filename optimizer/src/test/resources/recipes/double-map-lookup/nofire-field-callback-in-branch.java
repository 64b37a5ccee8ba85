import java.util.*;
import java.util.function.Consumer;

public class Fixture {
  private final Map<String, Integer> seatsByFlight = new HashMap<>();
  private Consumer<String> onSeen = f -> {};

  // The listener runs between the test and the get and may remove the flight again.
  public int target(List<String> flights) {
    int total = 0;
    for (String flight : flights) {
      if (seatsByFlight.containsKey(flight)) {
        onSeen.accept(flight);
        total += seatsByFlight.getOrDefault(flight, -100) + seatsByFlight.get(flight) * 0;
      } else {
        seatsByFlight.put(flight, 180);
      }
    }
    return total;
  }

  void cancel(String flight) {
    seatsByFlight.remove(flight);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture();
    f.onSeen = f::cancel;
    out.append(safe(() -> f.target(List.of("LH1", "LH1", "LH1")))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
