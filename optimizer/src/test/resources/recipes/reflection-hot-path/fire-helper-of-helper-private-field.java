// expect: Field f = valueField(o.getClass(), name);
import java.lang.reflect.Field;
import java.util.*;

public class Fixture {
  static final class Beehive {
    private int frames;
    private String queen;

    Beehive(int frames, String queen) {
      this.frames = frames;
      this.queen = queen;
    }
  }

  /** Apiary inspection sheet: two private fields per hive, read through a helper of a helper. */
  public static String target(List<Object> hives) {
    StringBuilder out = new StringBuilder();
    for (Object h : hives) {
      out.append(describe(h)).append('|');
    }
    return out.toString();
  }

  static String describe(Object o) {
    return value(o, "frames") + "/" + value(o, "queen");
  }

  static Object value(Object o, String name) {
    try {
      Field f = o.getClass().getDeclaredField(name);
      f.setAccessible(true);
      return f.get(o);
    } catch (NoSuchFieldException e) {
      return "no " + name;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Beehive(10, "Maud"), new Beehive(8, null), "not a hive", new Beehive(3, "Ida"))))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Beehive(1, "Bea"), null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName() + (e.getCause() == null ? "" : " caused by " + e.getCause().getClass().getSimpleName()); }
  }
}
