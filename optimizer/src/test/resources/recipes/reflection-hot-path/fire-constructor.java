// expect: targetConstructor(type)
import java.util.ArrayList;
import java.util.List;

public class Fixture {
  public static <T> List<T> target(Class<T> type, List<String> values) {
    List<T> out = new ArrayList<>();
    for (String v : values) {
      try {
        out.add(type.getConstructor(String.class).newInstance(v));
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("no String constructor on " + type.getSimpleName(), e);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    return out;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(StringBuilder.class, List.of("a", "bc")))).append('\n');
    out.append(safe(() -> target(Integer.class, List.of("12", "x")))).append('\n');
    out.append(safe(() -> target(Object.class, List.of("12")))).append('\n');
    out.append(safe(() -> target(Integer.class, List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName() + " " + e.getMessage(); }
  }
}
