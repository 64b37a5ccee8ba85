import java.util.*;
import java.util.regex.Pattern;

public class Fixture {
  private static String separator = ";";

  public static int target(List<String> rows) {
    int cells = 0;
    for (String row : rows) {
      cells += Pattern.compile(separator + "+").split(row).length;
    }
    return cells;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("a;;b;c", "d", ";;")))).append('\n');
    separator = "[";
    out.append(safe(() -> target(List.of("a[b")))).append('\n');
    out.append(safe(() -> target(List.of("a[b")))).append('\n');
    separator = ",";
    out.append(safe(() -> target(List.of("a,,b")))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
