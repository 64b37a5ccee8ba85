import java.util.*;

public class Fixture {
  static final class Cursor {
    int pos;
    int next() { return pos++; }
  }

  public static String target(Cursor c, int n) {
    Map<Integer, Integer> seen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (!seen.containsKey(c.next())) seen.put(c.next(), 0);
      seen.put(c.next(), seen.get(c.next()) + 1);
    }
    return seen.toString();
  }

  public static String check() {
    return target(new Cursor(), 3);
  }
}
