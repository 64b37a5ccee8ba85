// expect: certainlyNotDecimal(s)
import java.util.*;

public class Fixture {
  public static long target(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    for (String s : Arrays.asList("12", "-9223372036854775808", "9223372036854775808", "", "a1", null, "+0", "--1"))
      out.append(safe(() -> target(s))).append(',');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
