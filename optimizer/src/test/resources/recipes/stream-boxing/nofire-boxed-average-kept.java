import java.util.List;
import java.util.stream.Collectors;

public class Fixture {
  public static Object target(List<Integer> xs) {
    Double mean = xs.stream().collect(Collectors.averagingInt(x -> x));
    return mean;
  }

  public static String check() {
    return String.valueOf(target(List.of(1, 2)));
  }
}
