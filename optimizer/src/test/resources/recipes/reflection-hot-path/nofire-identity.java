import java.lang.reflect.Method;
import java.util.List;

public class Fixture {
  public static int target(List<Object> objects) throws NoSuchMethodException {
    int same = 0;
    Method previous = null;
    for (Object o : objects) {
      Method m = o.getClass().getMethod("hashCode");
      if (m == previous) {
        same++;
      }
      previous = m;
    }
    return same;
  }

  public static String check() throws Exception {
    return String.valueOf(target(List.of("a", "b")));
  }
}
