// expect: targetFields(o.getClass())
import java.lang.reflect.Field;
import java.util.List;
import java.util.stream.Collectors;

public class Fixture {
  public static class Point {
    public int x;
    public int y;

    Point(int x, int y) {
      this.x = x;
      this.y = y;
    }
  }

  public static class Label {
    public String text = "hi";
  }

  public static String target(List<Object> objects) {
    return objects.stream().map(o -> {
      StringBuilder sb = new StringBuilder();
      for (Field f : o.getClass().getFields()) {
        try {
          sb.append(f.getName()).append(':').append(f.get(o)).append(' ');
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
      return sb.toString();
    }).collect(Collectors.joining("|"));
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Point(1, 2), new Label(), new Point(-1, 0), "str")))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
