// expect: certainlyNotDecimal(cell)
import java.util.*;

public class Fixture {
  record Shelf(String aisle, String label) {}

  /** Shelf labels such as "12-B-3": numeric segments summed, other segments count as zero. */
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
      sum += numeric(cell) ? Long.parseLong(cell) : 0;
    }
    return sum;
  }

  private static boolean numeric(String cell) {
    try {
      Long.parseLong(cell);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Shelf("a", "12-B-3"), new Shelf("b", "-7--x"), new Shelf("c", "9223372036854775808-1"),
        new Shelf("d", "+4-\u0664\u0662-"), new Shelf("e", ""))))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Shelf("f", null))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
