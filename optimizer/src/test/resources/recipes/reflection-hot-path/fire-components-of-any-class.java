// expect: found == null ? null : found.clone()
import java.lang.reflect.RecordComponent;
import java.util.List;

public class Fixture {
  record Pair(int left, String right) {}

  public static String target(List<Object> values) {
    StringBuilder out = new StringBuilder();
    for (Object v : values) {
      RecordComponent[] cs = v.getClass().getRecordComponents();
      cs[0] = null;
      out.append(cs.length).append(' ');
    }
    return out.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Pair(1, "a"), new Pair(2, "b"))))).append('\n');
    out.append(safe(() -> target(List.of(new Pair(1, "a"), "not a record")))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
