import java.util.*;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

public class Fixture {
  public static String target(LocalDate d, String p) {
    return d.format(DateTimeFormatter.ofPattern(p));
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(LocalDate.of(2020, 1, 1), "yyyy"));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
