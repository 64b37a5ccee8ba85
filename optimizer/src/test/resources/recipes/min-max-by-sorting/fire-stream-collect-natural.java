// expect: Comparator<String> order = Comparator.naturalOrder();
import java.util.*;
import java.util.stream.*;

public class Fixture {
  public static String target(Set<String> callSigns) {
    List<String> ordered = callSigns.stream().sorted().collect(Collectors.toList());
    return ordered.isEmpty() ? "" : ordered.get(0);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new HashSet<>(List.of("N123", "G-ABCD", "D-EFGH", "g-abcd"))))).append('\n');
    out.append(safe(() -> target(Set.of()))).append('\n');
    out.append(safe(() -> target(new HashSet<>(Arrays.asList((String) null))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
