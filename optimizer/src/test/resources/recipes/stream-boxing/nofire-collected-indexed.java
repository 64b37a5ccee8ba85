import java.util.*;
import java.util.stream.*;

public class Fixture {
  record Lamp(String street, double watts) {}

  /** get(i) out of range throws IndexOutOfBoundsException; an array index throws another exception. */
  public static double target(List<Lamp> lamps, int i) {
    List<Double> watts = lamps.stream().map(l -> l.watts() + 0.0).collect(Collectors.toList());
    return watts.get(i) + watts.stream().reduce(0.0, Double::sum);
  }
}
