// expect: certainlyNotFloating(
import java.util.*;

public class Fixture {
  public static String target(String[] cells) {
    double total = 0;
    int skipped = 0;
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      try {
        Double d = Double.valueOf(cell);
        total += d;
      } catch (NumberFormatException ex) {
        skipped++;
      }
    }
    return total + "/" + skipped;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new String[] {"1.5", " 2 ", "-3e2", "0x1p3", "NaN", "Infinity", "-Infinity", "1d", "2F",
        "n/a", "", "  ", "abc", "1,5", "--1", ".", "e5", "\u0663", "1 2", "+.5", "Inf", "nan"}))).append('\n');
    out.append(safe(() -> target(new String[] {"1", null}))).append('\n');
    out.append(safe(() -> target(new String[0]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
