// expect: targetRecordComponents(Row.class)
import java.lang.reflect.RecordComponent;
import java.util.List;

public class Fixture {
  public record Row(String name, int qty, Double price) {}

  public static String target(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    for (Row r : rows) {
      RecordComponent[] components = Row.class.getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        if (i > 0) out.append(';');
        try {
          out.append(components[i].getName()).append('=').append(components[i].getAccessor().invoke(r));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Row("a", 1, 2.5), new Row(null, -3, null))))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    out.append(safe(() -> target(null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
