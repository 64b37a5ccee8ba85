// expect: for (var entry : minutes.entrySet())
import java.util.*;

public class Fixture {
  enum Lane { EXPRESS, STANDARD, BULK }

  public static long target(List<EnumMap<Lane, Integer>> shifts) {
    long weighted = 0;
    for (EnumMap<Lane, Integer> shift : shifts) weighted += score(shift);
    return weighted;
  }

  private static long score(EnumMap<Lane, Integer> minutes) {
    long s = 0;
    for (Lane lane : minutes.keySet()) s += (lane == Lane.EXPRESS ? 3L : 1L) * minutes.get(lane);
    return s;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    EnumMap<Lane, Integer> a = new EnumMap<>(Lane.class);
    a.put(Lane.BULK, 30);
    a.put(Lane.EXPRESS, 7);
    EnumMap<Lane, Integer> b = new EnumMap<>(Lane.class);
    b.put(Lane.STANDARD, Integer.MAX_VALUE);
    out.append(safe(() -> target(List.of(a, b, new EnumMap<>(Lane.class))))).append('\n');
    EnumMap<Lane, Integer> n = new EnumMap<>(Lane.class);
    n.put(Lane.STANDARD, null);
    out.append(safe(() -> target(List.of(n)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
