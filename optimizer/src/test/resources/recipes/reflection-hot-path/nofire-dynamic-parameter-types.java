import java.lang.reflect.Method;
import java.util.List;

public class Fixture {
  public static int target(List<Class<?>> paramTypes) {
    int found = 0;
    for (Class<?> p : paramTypes) {
      try {
        Method m = String.class.getMethod("valueOf", p);
        found += m.getParameterCount();
      } catch (NoSuchMethodException e) {
        found--;
      }
    }
    return found;
  }

  public static String check() {
    return String.valueOf(target(List.of(int.class, Object.class, Runnable.class)));
  }
}
