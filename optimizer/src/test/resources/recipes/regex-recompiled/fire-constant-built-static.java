// expect: targetPatterns.computeIfAbsent(PREFIX + "\\d{" + DIGITS + "}",  regex -> Pattern.compile(regex, 0)).matcher(id).matches()
import java.util.*;
import java.util.regex.Pattern;

public class Fixture {
  private static final String PREFIX = "INV-";
  private static final int DIGITS = 4;

  public static int target(List<String> ids) {
    int valid = 0;
    for (String id : ids) {
      if (Pattern.compile(PREFIX + "\\d{" + DIGITS + "}").matcher(id).matches()) valid++;
    }
    return valid;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("INV-1234", "INV-12", "inv-1234", "INV-98765")))).append('\n');
    out.append(safe(() -> target(Arrays.asList("INV-0000", null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
