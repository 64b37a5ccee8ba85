// expect: boolean free = spaces.stream().anyMatch( s -> (s != null) && !(closed.equals(s) || reserved.equals(s)));
import java.util.*;

public class Fixture {
  /** Parking garage: is any bay open, neither closed nor reserved (null marks a missing sensor)? */
  public static boolean target(List<String> spaces, String closed, String reserved) {
    var free = spaces.stream().filter(s -> s != null).filter(bay -> !(closed.equals(bay) || reserved.equals(bay))).count();
    return free != 0;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("L1-01", "L1-02", "L2-01"), "L1-01", "L1-02"))).append('\n');
    out.append(safe(() -> target(List.of("L1-01", "L1-02"), "L1-01", "L1-02"))).append('\n');
    out.append(safe(() -> target(Arrays.asList(null, "L3-07"), "L3-07", "x"))).append('\n');
    out.append(safe(() -> target(Arrays.asList(null, "L3-08"), "L3-07", "x"))).append('\n');
    out.append(safe(() -> target(List.of("A"), null, "x"))).append('\n');
    out.append(safe(() -> target(List.of(), "L1", "x"))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
