// expect: new HashMap<>()
import java.util.*;

public class Fixture {
  public static Map<Integer, Long> target(int[] scores) {
    Hashtable<Integer, Long> perDecile = new Hashtable<>();
    for (int s : scores) {
      int decile = s / 10;
      if (perDecile.containsKey(decile)) {
        perDecile.put(decile, perDecile.get(decile) + s);
      } else {
        perDecile.put(decile, (long) s);
      }
    }
    return new TreeMap<>(perDecile);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[] {5, 15, 17, 99, -3, 4}))).append('\n');
    out.append(safe(() -> target(new int[0]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
