import java.lang.reflect.Method;
import java.util.List;

public class Fixture {
  public static int target(List<String> words) throws ReflectiveOperationException {
    Method length = String.class.getMethod("length");
    int total = 0;
    for (String w : words) {
      total += (Integer) length.invoke(w);
    }
    return total;
  }

  public static String check() throws Exception {
    return String.valueOf(target(List.of("ab", "c")));
  }
}
