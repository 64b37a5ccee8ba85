import java.util.*;

public class Fixture {
  record Shelf(String aisle, String label) {}

  public static long target(List<Shelf> shelves) {
    long total = 0;
    for (Shelf s : shelves) {
      total += labelWeight(s.label());
    }
    return total;
  }

  static long labelWeight(String label) {
    long sum = 0;
    for (String cell : label.split("-")) {
      sum += weight(cell);
    }
    return sum;
  }

  private static long weight(String cell) {
    try {
      return Long.parseLong(cell);
    } catch (NumberFormatException e) {
      return e.getMessage().length();
    }
  }

  public static String check() {
    return String.valueOf(target(List.of(new Shelf("a", "12-B-3"))));
  }
}
