// expect: targetMethod(getClass(), handler)
import java.lang.reflect.Method;
import java.util.List;

public class Fixture {
  private int clicks;
  private int views;

  public int onClick() {
    return ++clicks;
  }

  public int onView() {
    return views += 5;
  }

  int onHidden() {
    return 1000;
  }

  public long target(List<String> events) {
    long total = 0;
    for (String e : events) {
      String handler = e.equals("null") ? null : "on" + Character.toUpperCase(e.charAt(0)) + e.substring(1);
      try {
        Method m = getClass().getMethod(handler);
        total += (Integer) m.invoke(this);
      } catch (NoSuchMethodException ex) {
        total -= 1;
      } catch (ReflectiveOperationException ex) {
        throw new IllegalStateException(ex);
      }
    }
    return total;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture();
    out.append(safe(() -> f.target(List.of("click", "view", "hidden", "nope", "click", "view")))).append('\n');
    out.append(safe(() -> f.target(List.of("click", "")))).append('\n');
    out.append(safe(() -> f.target(List.of("view", "null")))).append('\n');
    out.append(safe(() -> new Fixture().target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
