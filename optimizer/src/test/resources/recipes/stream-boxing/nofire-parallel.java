import java.util.List;
import java.util.stream.Collectors;

public class Fixture {
  public static double target(List<Double> xs) {
    return xs.parallelStream().collect(Collectors.averagingDouble(Double::doubleValue));
  }

  public static String check() {
    return String.valueOf(target(List.of(1.0, 2.0)));
  }
}
