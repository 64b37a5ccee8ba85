// refuses: is compared, stored, returned
import java.lang.reflect.Method;
import java.util.*;

public class Fixture {
  /** Each call hands out a fresh Method; cached ones would be identical, and the caller can tell. */
  public static int target(List<Object> tickets) throws NoSuchMethodException {
    int same = 0;
    Method previous = null;
    for (Object t : tickets) {
      Method m = accessor(t);
      if (m == previous) same++;
      previous = m;
    }
    return same;
  }

  static Method accessor(Object t) throws NoSuchMethodException {
    return t.getClass().getMethod("toString");
  }

  public static String check() throws Exception {
    return String.valueOf(target(List.of("a", "b", "c")));
  }
}
