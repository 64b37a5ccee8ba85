// expect: private static final DateTimeFormatter
import java.util.*;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

public class Fixture {
  public static String target(List<LocalDate> dates) {
    StringBuilder sb = new StringBuilder();
    for (LocalDate d : dates) {
      sb.append(d.format(DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT))).append(' ');
    }
    return sb.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(LocalDate.of(2024, 2, 29), LocalDate.of(1999, 12, 31))))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
