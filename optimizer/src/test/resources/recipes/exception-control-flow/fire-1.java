// expect: certainlyNotDecimal(
import java.util.*;

public class Fixture {
  public static long target(List<String> tokens) {
    long sum = 0;
    int bad = 0;
    for (String t : tokens) {
      try {
        sum += Integer.parseInt(t);
      } catch (NumberFormatException e) {
        bad++;
      }
    }
    return sum * 1000 + bad;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(Arrays.asList("1", "-2", "+3", "x", "", "-", "+", null, "99999999999", "2147483647", "-2147483648", "\u0663", "1 ", " 1", "0x1")))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
