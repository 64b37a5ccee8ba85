import java.lang.reflect.Field;
import java.util.List;

public class Fixture {
  static final class Box {
    private final int weight;

    Box(int weight) {
      this.weight = weight;
    }
  }

  // The first read of each fresh Field is refused; sharing one Field would let later reads through.
  public static long target(List<Box> boxes) throws NoSuchFieldException {
    long total = 0;
    for (Box b : boxes) {
      Field f = Box.class.getDeclaredField("weight");
      if (!f.canAccess(b)) {
        total += 1000;
      }
      f.setAccessible(true);
      try {
        total += f.getInt(b);
      } catch (IllegalAccessException e) {
        total -= 1;
      }
    }
    return total;
  }

  public static String check() throws Exception {
    return String.valueOf(target(List.of(new Box(1))));
  }
}
