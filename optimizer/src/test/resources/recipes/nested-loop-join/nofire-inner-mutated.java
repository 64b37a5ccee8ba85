import java.util.*;

public class Fixture {
  record Row(String key, int v) {}

  static void consume(List<Row> rows) {
    if (!rows.isEmpty()) rows.remove(0);
  }

  public static int target(List<Row> left, List<Row> right) {
    int hits = 0;
    List<Row> pool = new ArrayList<>(right);
    for (Row l : left) {
      for (Row r : pool) {
        if (l.key().equals(r.key())) {
          hits += r.v();
        }
      }
      consume(pool);
    }
    return hits;
  }

  public static String check() {
    return String.valueOf(target(List.of(new Row("a", 1), new Row("a", 1)), List.of(new Row("a", 2), new Row("a", 3))));
  }
}
