// refuses: not all class literals
import java.lang.reflect.Method;
import java.util.*;

public class Fixture {
  /** The parameter type varies per element, so it would have to be part of the cache key. */
  public static int target(List<Object> args) throws ReflectiveOperationException {
    int total = 0;
    for (Object a : args) total += lengthVia(a);
    return total;
  }

  static int lengthVia(Object a) throws ReflectiveOperationException {
    Class<?> argType = a.getClass();
    Method m = String.class.getMethod("indexOf", argType);
    return (Integer) m.invoke("carousel", a);
  }

  public static String check() throws Exception {
    return String.valueOf(target(List.of("o", "u")));
  }
}
