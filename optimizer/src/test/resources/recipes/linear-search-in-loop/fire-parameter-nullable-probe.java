// expect: containsLikeList(
import java.util.*;

public class Fixture {
  record Vehicle(String plate, int axles) {}

  /** Axles of the vehicles whose plate is on the caller's list; the list may be List.of(..). */
  public static int target(List<Vehicle> deck, List<String> prebooked) {
    int axles = 0;
    for (Vehicle v : deck) {
      if (prebooked.contains(v.plate())) {
        axles += v.axles();
      }
    }
    return axles;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Vehicle> plain = List.of(new Vehicle("KX-11", 2), new Vehicle("TR-90", 5), new Vehicle("KX-11", 2));
    List<Vehicle> unplated = Arrays.asList(new Vehicle("KX-11", 2), new Vehicle(null, 3));
    out.append(safe(() -> target(plain, List.of("KX-11")))).append('\n');
    // List.of rejects a null probe: the original throws here, and so must the rewrite.
    out.append(safe(() -> target(unplated, List.of("KX-11", "TR-90")))).append('\n');
    out.append(safe(() -> target(unplated, Arrays.asList("KX-11", null)))).append('\n');
    out.append(safe(() -> target(unplated, new ArrayList<>(List.of("TR-90"))))).append('\n');
    out.append(safe(() -> target(List.of(), null))).append('\n');
    out.append(safe(() -> target(unplated, null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
