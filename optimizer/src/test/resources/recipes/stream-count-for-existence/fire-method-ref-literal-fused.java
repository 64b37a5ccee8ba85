// expect: return tags.stream().anyMatch( item -> "urgent".equals(item) && (item != null));
import java.util.*;

public class Fixture {
  /** Help desk: is any ticket tagged urgent? (null marks an untagged ticket) */
  public static boolean target(List<String> tags) {
    return tags.stream().filter("urgent"::equals).filter(t -> t != null).count() > 0;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("billing", "urgent")))).append('\n');
    out.append(safe(() -> target(List.of("billing")))).append('\n');
    out.append(safe(() -> target(Arrays.asList(null, "urgent", null)))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
