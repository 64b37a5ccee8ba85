import java.util.*;

public class Fixture {
  public static String target(String[] keys, Integer[] deltas) {
    Map<String, Integer> totals = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      String k = keys[i];
      try {
        if (!totals.containsKey(k)) totals.put(k, 0);
        totals.put(k, totals.get(k) + deltas[i]);
      } catch (NullPointerException e) {
        // keep going: the key stays with 0
      }
    }
    return new TreeMap<>(totals).toString();
  }

  public static String check() {
    return target(new String[] {"a", "b"}, new Integer[] {1, null});
  }
}
