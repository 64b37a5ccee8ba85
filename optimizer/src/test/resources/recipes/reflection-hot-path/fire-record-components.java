// expect: targetRecordComponents(Line.class)
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

public class Fixture {
  public record Line(String sku, int qty, Double price) {}

  public static List<String> target(Iterable<Line> lines) throws ReflectiveOperationException {
    List<String> out = new ArrayList<>();
    for (Line line : lines) {
      StringJoiner j = new StringJoiner(";", "{", "}");
      for (RecordComponent c : Line.class.getRecordComponents()) {
        j.add(c.getName() + "=" + c.getAccessor().invoke(line));
      }
      out.add(j.toString());
    }
    return out;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Line("a", 1, 2.5), new Line(null, -3, null))))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    out.append(safe(() -> target(java.util.Arrays.asList(new Line("b", 2, 1.0), null)))).append('\n');
    return out.toString();
  }

  interface Call {
    Object run() throws Exception;
  }

  static String safe(Call s) {
    try { return String.valueOf(s.run()); } catch (Exception e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
