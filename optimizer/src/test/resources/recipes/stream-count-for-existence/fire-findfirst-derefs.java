// expect: lines.stream().anyMatch(l -> l.startsWith(s) && l.endsWith("ERROR"))
import java.util.*;

public class Fixture {
  public static List<String> target(List<String> services, List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String s : services) {
      boolean hasError = lines.stream()
          .filter(l -> l.startsWith(s) && l.endsWith("ERROR"))
          .findFirst()
          .isPresent();
      if (hasError) out.add(s);
    }
    return out;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("db", "web"), List.of("db ok", "web ERROR", "db ERROR")))).append('\n');
    out.append(safe(() -> target(List.of("db"), Arrays.asList("db ERROR", null)))).append('\n');
    out.append(safe(() -> target(List.of("db"), Arrays.asList(null, "db ERROR")))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
