// expect: DAY_LABEL_FORMATTER
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

public class Fixture {
  public static String target(List<LocalDate> days) {
    return days.stream().map(d -> dayLabel(d)).collect(Collectors.joining(","));
  }

  static String dayLabel(LocalDate d) {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE dd MMM", Locale.UK);
    return f.format(d);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(LocalDate.of(2024, 2, 29), LocalDate.of(1999, 12, 31))))).append('\n');
    out.append(safe(() -> target(java.util.Arrays.asList(LocalDate.of(2024, 1, 1), null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
