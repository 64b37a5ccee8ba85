// expect: certainlyNotDecimal(text)
import java.util.*;

public class Fixture {
  private final List<String> seen = new ArrayList<>();

  public static int target(List<String> fields) {
    int numeric = 0;
    for (String f : fields) {
      if (isWholeNumber(f)) numeric++;
    }
    return numeric;
  }

  static boolean isWholeNumber(String text) {
    try {
      Integer.parseInt(text);
      return true;
    } catch (IllegalArgumentException notANumber) {
      return false;
    }
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(Arrays.asList("7", "x7", "", "-", "+12", "2147483648", null, "\u0664\u0662", "12a")))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
