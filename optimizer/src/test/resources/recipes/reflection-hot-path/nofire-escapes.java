import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

public class Fixture {
  public static List<Method> target(List<Class<?>> types) throws NoSuchMethodException {
    List<Method> out = new ArrayList<>();
    for (Class<?> t : types) {
      Method m = t.getMethod("toString");
      out.add(m);
    }
    return out;
  }

  public static String check() throws Exception {
    List<Method> ms = target(List.of(String.class, String.class));
    return String.valueOf(ms.get(0) == ms.get(1));
  }
}
