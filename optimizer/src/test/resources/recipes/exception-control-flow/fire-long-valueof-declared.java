// expect: certainlyNotDecimal(id)
import java.util.*;

public class Fixture {
  public static List<Long> target(Collection<String> ids) {
    List<Long> valid = new ArrayList<>();
    for (var id : ids) {
      try {
        Long parsed = Long.valueOf(id);
        valid.add(parsed * 2);
      } catch (Exception ignored) {
        valid.add(-1L);
      }
    }
    return valid;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(Arrays.asList("10", "ten", "", null, "9223372036854775807", "9223372036854775808", "-0")))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
