// expect: banner.append(stamp + ".");
import java.util.*;
import java.util.stream.*;

public class Fixture {
  /** A rubber-stamp banner: each stamp repeated, separated by dots. */
  public static List<String> target(List<String> stamps, int copies) {
    return stamps.stream().map(stamp -> {
      String banner = "";
      for (int i = 0; i < copies; i++) {
        banner += stamp + ".";
      }
      return banner;
    }).collect(Collectors.toList());
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("PAID", "VOID"), 3))).append('\n');
    out.append(safe(() -> target(Arrays.asList("COPY", null), 2))).append('\n');
    out.append(safe(() -> target(List.of("X"), 0))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
