import java.util.*;

public class Fixture {
  public static Integer target(List<Integer> xs) {
    Integer total = 0;
    for (Integer x : xs) {
      total = total + x;
    }
    return total;
  }

  public static String check() {
    return String.valueOf(target(List.of(1, 2)));
  }
}
