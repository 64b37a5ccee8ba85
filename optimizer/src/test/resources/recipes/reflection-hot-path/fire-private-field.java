// expect: targetField(Box.class, "weight")
import java.lang.reflect.Field;
import java.util.List;

public class Fixture {
  static final class Box {
    private final int weight;

    Box(int weight) {
      this.weight = weight;
    }
  }

  public static long target(List<Box> boxes) {
    long total = 0;
    try {
      for (Box b : boxes) {
        Field f = Box.class.getDeclaredField("weight");
        f.setAccessible(true);
        total += f.getInt(b);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return total;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Box(3), new Box(-7), new Box(Integer.MAX_VALUE))))).append('\n');
    out.append(safe(() -> target(java.util.Arrays.asList(new Box(1), null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
