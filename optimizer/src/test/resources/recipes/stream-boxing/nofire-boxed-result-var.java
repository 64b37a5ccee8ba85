import java.util.*;

public class Fixture {
  // var would become int: the identity comparison below would turn into a numeric one.
  public static Object target(List<Integer> xs) {
    var total = xs.stream().map(x -> x * 2).reduce(0, Integer::sum);
    var again = xs.stream().map(x -> x * 2).reduce(0, Integer::sum);
    return total == again;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of(1000)));
    return out.toString();
  }
}
