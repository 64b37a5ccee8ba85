import java.util.*;
import java.util.stream.*;

public class Fixture {
  record Pump(String site, double litresPerMin) {}

  public static double target(List<Pump> pumps) {
    List<Double> flows = pumps.parallelStream().map(p -> p.litresPerMin() / 60).collect(Collectors.toList());
    return flows.stream().reduce(0.0, Double::sum);
  }
}
