// expect: static final Pattern
import java.util.*;

public class Fixture {
  public static String target(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      if (line.matches("\\d+-\\w+")) {
        sb.append(line.replaceAll("[aeiou]", "*")).append(';');
        sb.append(String.join("/", line.split("-"))).append(';');
        sb.append(line.split("\\s*,\\s*", 2).length).append(';');
      }
      sb.append(java.util.regex.Pattern.matches("[a-z]+", line));
    }
    return sb.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("12-abc", "x", "99-hello, world", "", "abc")))).append('\n');
    out.append(safe(() -> target(Arrays.asList("1-a", null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
