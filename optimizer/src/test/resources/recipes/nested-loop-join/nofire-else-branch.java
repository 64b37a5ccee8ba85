import java.util.*;

public class Fixture {
  record Row(String key, int v) {}

  public static int target(List<Row> left, List<Row> right) {
    int misses = 0;
    for (Row l : left) {
      for (Row r : right) {
        if (l.key().equals(r.key())) {
          misses -= 1;
        } else {
          misses++;
        }
      }
    }
    return misses;
  }

  public static String check() {
    return String.valueOf(target(List.of(new Row("a", 1)), List.of(new Row("a", 2), new Row("b", 3))));
  }
}
